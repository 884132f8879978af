/// The network's data (not its analysis) as JSON: the schema `network-map/network@1`.
///
/// ```
/// { "schema": "network-map/network@1",
///   "network": { "name", "date", "language", "home", "themes": [], "source", "outsideAreas": [],
///                "actorTypes": [ { "id", "labelDE", "labelEN", "color", "shape" } ], "tieKinds": [ … ] },
///   "actors": [ { "id", "name", "type", "category", "themes": [], "area", "influence", "interest",
///                 "attitude", "private", "local", "contact", "notes", "attributes": [ { "name", "value" } ] } ],
///   "ties": [ { "source", "target", "kind", "strength", "directed", "since", "until", "reportedBy",
///               "notes", "attributes": [ { "name", "value" } ] } ] }
/// ```
/// Ties name actors by id; absent values are `null`; dates are `YYYY-MM-DD`; extra columns keep their
/// header and order. Takes a ``PreparedNetwork``: private persons appear as its preparation decided.
///
/// The same ``JSONWriter`` that writes the analysis report (in `Output/JSONValue.swift`) writes these bytes:
/// one writer, one layout. A network's data is small beside its analysis, so it still goes through a tree.
extension JSONWriter {
    public static let schema = "network-map/network@1"

    public static func document(_ prepared: PreparedNetwork) -> JSONValue {
        let network = prepared.network
        func text(_ s: String?) -> JSONValue { s.map(JSONValue.string) ?? .null }
        func attributes(_ list: [Attribute]) -> JSONValue {
            .array(list.map { .object([("name", .string($0.name)), ("value", .string($0.value))]) })
        }
        func styles(_ list: [CustomStyle]) -> JSONValue {
            .array(list.map {
                .object([("id", .string($0.id)), ("labelDE", text($0.labelDE)), ("labelEN", text($0.labelEN)),
                         ("color", text($0.color)), ("shape", text($0.shape))])
            })
        }
        let actors: [JSONValue] = network.actors.map { a in
            .object([
                ("id", .string(a.id)), ("name", .string(a.name)), ("type", .string(a.type.rawValue)),
                ("category", text(a.category)), ("themes", .array(a.themes.map(JSONValue.string))),
                ("area", text(a.area)), ("influence", .number(a.influence)), ("interest", .number(a.interest)),
                ("attitude", text(a.attitude?.rawValue)), ("private", .bool(a.isPrivate)),
                ("local", a.isLocal.map(JSONValue.bool) ?? .null),
                ("contact", text(a.contact)), ("notes", text(a.notes)), ("attributes", attributes(a.attributes)),
            ])
        }
        let ties: [JSONValue] = network.ties.map { t in
            .object([
                ("source", .string(network.actors[t.source].id)), ("target", .string(network.actors[t.target].id)),
                ("kind", .string(t.kind.rawValue)), ("strength", .number(t.strength)), ("directed", .bool(t.isDirected)),
                ("since", text(t.since?.description)), ("until", text(t.until?.description)),
                ("reportedBy", text(t.reportedBy)), ("notes", text(t.notes)), ("attributes", attributes(t.attributes)),
            ])
        }
        return .object([
            ("schema", .string(schema)),
            ("network", .object([
                ("name", .string(network.name)), ("date", text(network.date?.description)),
                ("language", text(network.language?.rawValue)), ("home", text(network.home)),
                ("themes", .array(network.themes.map(JSONValue.string))), ("source", text(network.source)),
                ("outsideAreas", .array(network.outsideAreas.map(JSONValue.string))),
                ("actorTypes", styles(network.customActorTypes)), ("tieKinds", styles(network.customTieKinds)),
            ])),
            ("actors", .array(actors)),
            ("ties", .array(ties)),
        ])
    }

    /// The document as text, ending with a newline.
    public static func render(_ prepared: PreparedNetwork) -> String {
        document(prepared).rendered() + "\n"
    }
}
