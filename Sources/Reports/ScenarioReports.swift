import NetworkMap
import Wording

/// The report of a what-if scenario, as text (Markdown or plain) and as JSON (`network-map/whatif@1`).
public enum WhatIfReport {
    public static let schema = "network-map/whatif@1"

    public static func document(_ w: WhatIf, language: Language) -> TextDocument {
        let s = Strings(language, analysis: w.before, marksUserText: true)
        let graph = w.before.graph
        var doc = TextDocument()
        doc.heading(1, "\(s.whatIfTitle) – \(s.user(w.before.network.name))")
        doc.paragraph(s.scenario(removed: w.removed, added: w.added))

        doc.heading(2, s.phrases.scenarioOverviewHeading)
        let remaining = graph.nodeCount - w.removed.count
        doc.table(s.phrases.beforeAfterHeader, [
            [s.phrases.row(.actors), String(graph.nodeCount), String(remaining)],
            [s.phrases.row(.linkedPairs), String(graph.edgeCount), String(w.graphAfter.edgeCount)],
            [s.phrases.row(.components), String(w.before.components.count), String(w.componentsAfter.count)],
            [s.phrases.row(.isolates), String(w.before.isolates.count), String(w.isolatesAfter.count)],
            [s.phrases.row(.main), String(w.before.mainComponent.count), String(w.mainComponentAfter.count)],
            [s.phrases.row(.fragmentation), s.percent(w.fragmentationBefore, digits: 1), s.percent(w.fragmentationAfter, digits: 1)],
        ], alignRight: [1, 2])

        doc.heading(2, s.phrases.cutOffHeading)
        if w.cutOff.isEmpty {
            doc.paragraph(s.phrases.nobodyCutOff)
        } else {
            doc.bullets(w.cutOff.map { s.cutOffSentence($0, mainSize: w.mainComponentAfter.count) })
        }
        if !w.newlyIsolated.isEmpty { doc.paragraph(s.newlyIsolatedSentence(w.newlyIsolated)) }
        doc.paragraph(s.phrases.pairsSentence(lost: w.pairsLost, gained: w.pairsGained))

        if !w.added.isEmpty || !w.alreadyLinked.isEmpty || !w.ignored.isEmpty {
            doc.heading(2, s.phrases.mendsHeading)
            if !w.added.isEmpty { doc.paragraph(s.reconnectedSentence(w.reconnected)) }
            if !w.alreadyLinked.isEmpty { doc.paragraph(s.alreadyLinkedSentence(w.alreadyLinked)) }
            if !w.ignored.isEmpty { doc.paragraph(s.ignoredSentence(w.ignored)) }
        }

        func rows(_ reach: [GroupReach]) -> [[String]] {
            reach.map { r in
                let label: String
                switch r.group {
                case .type(let type): label = s.typeLabel(type, plural: true)
                case .community(let c): label = s.communityName(c)
                }
                return [label, String(r.members), String(r.remaining), s.percent(r.before, digits: 1),
                        r.after.map { s.percent($0, digits: 1) } ?? "–", r.after.map { s.points($0 - r.before) } ?? "–"]
            }
        }
        doc.heading(2, s.phrases.reachHeading)
        doc.paragraph(s.phrases.reachExplanation)
        doc.table(s.phrases.reachHeader, rows(w.reachByType), alignRight: [1, 2, 3, 4, 5])
        doc.heading(2, s.phrases.reachCommunityHeading)
        doc.table(s.phrases.reachHeader, rows(w.reachByCommunity), alignRight: [1, 2, 3, 4, 5])
        return doc
    }

    public static func json(_ w: WhatIf, language: Language) -> JSONValue {
        let s = Strings(language, analysis: w.before)
        let network = w.before.network
        let id = { (v: Int) in JSONValue.string(network.actors[v].id) }
        let ids = { (vs: [Int]) in JSONValue.array(vs.map(id)) }
        let pairs = { (ts: [PlannedTie]) in JSONValue.array(ts.map { .array([id($0.source), id($0.target)]) }) }
        func reach(_ r: GroupReach) -> JSONValue {
            var fields: [(String, JSONValue)] = []
            switch r.group {
            case .type(let type): fields.append(("type", .string(type.rawValue)))
            case .community(let c): fields += [("community", .int(c)), ("label", .string(s.communityName(c)))]
            }
            return .object(fields + [("members", .int(r.members)), ("remaining", .int(r.remaining)),
                                     ("before", .number(r.before)), ("after", .number(r.after))])
        }
        let g = w.before.graph
        return .object([
            ("schema", .string(schema)),
            ("network", .object([("name", .string(network.name)), ("date", network.date.map { .string($0.description) } ?? .null)])),
            ("removed", ids(w.removed)),
            ("added", pairs(w.added)),
            ("alreadyLinked", pairs(w.alreadyLinked)),
            ("ignored", pairs(w.ignored)),
            ("lostTies", .array(w.lostTies.map { i in
                let t = network.ties[i]
                return .object([("source", id(t.source)), ("target", id(t.target)), ("kind", .string(t.kind.rawValue))])
            })),
            ("before", .object([
                ("actors", .int(g.nodeCount)), ("linkedPairs", .int(g.edgeCount)),
                ("components", .int(w.before.components.count)), ("isolates", .int(w.before.isolates.count)),
                ("mainComponent", .int(w.before.mainComponent.count)), ("fragmentation", .number(w.fragmentationBefore)),
            ])),
            ("after", .object([
                ("actors", .int(g.nodeCount - w.removed.count)), ("linkedPairs", .int(w.graphAfter.edgeCount)),
                ("components", .int(w.componentsAfter.count)), ("isolates", .int(w.isolatesAfter.count)),
                ("mainComponent", .int(w.mainComponentAfter.count)), ("fragmentation", .number(w.fragmentationAfter)),
            ])),
            ("cutOff", .array(w.cutOff.map { c in
                .object([("lead", id(c.lead)), ("size", .int(c.members.count)), ("members", ids(c.members)),
                         ("description", .string(s.cutOffSentence(c, mainSize: w.mainComponentAfter.count).replacingOccurrences(of: "**", with: "")))])
            })),
            ("newlyIsolated", ids(w.newlyIsolated)),
            ("reconnected", ids(w.reconnected)),
            ("pairsLost", .int(w.pairsLost)),
            ("pairsGained", .int(w.pairsGained)),
            ("reach", .object([
                ("byType", .array(w.reachByType.map(reach))),
                ("byCommunity", .array(w.reachByCommunity.map(reach))),
            ])),
        ])
    }
}

/// The report of what changed between two snapshots, as text and as JSON (`network-map/diff@1`).
public enum DiffReport {
    public static let schema = "network-map/diff@1"

    public static func document(_ d: NetworkDiff, language: Language, top: Int = 10) -> TextDocument {
        let o = Strings(language, analysis: d.old, marksUserText: true)
        let n = Strings(language, analysis: d.new, marksUserText: true)
        var doc = TextDocument()
        doc.heading(1, n.diffTitle(old: d.old.network, new: d.new.network))
        doc.heading(2, n.phrases.scenarioOverviewHeading)
        doc.table(n.phrases.beforeAfterHeader, [
            [n.phrases.row(.actors), String(d.old.graph.nodeCount), String(d.new.graph.nodeCount)],
            [n.phrases.row(.ties), String(d.old.network.ties.count), String(d.new.network.ties.count)],
            [n.phrases.row(.components), String(d.old.components.count), String(d.new.components.count)],
            [n.phrases.row(.isolates), String(d.old.isolates.count), String(d.new.isolates.count)],
            [n.phrases.row(.main), String(d.old.mainComponent.count), String(d.new.mainComponent.count)],
            [n.phrases.row(.fragmentation), n.percent(d.old.fragmentation, digits: 1), n.percent(d.new.fragmentation, digits: 1)],
            [n.phrases.row(.density), n.decimal(d.old.graph.density, digits: 3), n.decimal(d.new.graph.density, digits: 3)],
        ], alignRight: [1, 2])

        doc.heading(2, n.phrases.actorsHeading)
        if d.addedActors.isEmpty && d.lostActors.isEmpty { doc.paragraph(n.phrases.noActorChange) }
        if !d.addedActors.isEmpty { doc.paragraph(n.phrases.addedLabel(d.addedActors.count) + ": " + n.names(d.addedActors, limit: 30) + ".") }
        if !d.lostActors.isEmpty { doc.paragraph(n.phrases.lostLabel(d.lostActors.count) + ": " + o.names(d.lostActors, limit: 30) + ".") }

        doc.heading(2, n.phrases.tiesHeading)
        if d.addedTies.isEmpty && d.lostTies.isEmpty { doc.paragraph(n.phrases.noTieChange) }
        if !d.addedTies.isEmpty {
            doc.paragraph(n.phrases.addedLabel(d.addedTies.count) + ":")
            doc.bullets(limited(d.addedTies.map { n.tieLabel(d.new.network.ties[$0]) }, 30, n))
        }
        if !d.lostTies.isEmpty {
            doc.paragraph(n.phrases.lostLabel(d.lostTies.count) + ":")
            doc.bullets(limited(d.lostTies.map { o.tieLabel(d.old.network.ties[$0]) }, 30, n))
        }

        doc.heading(2, n.phrases.movedHeading)
        doc.paragraph(n.phrases.betweennessExplanation)
        doc.table(n.phrases.movedHeader, d.betweennessChanges.prefix(top).map { c in
            [n.name(c.new), n.percent(c.before, digits: 1), n.percent(c.after, digits: 1), n.points(c.change)]
        }, alignRight: [1, 2, 3])
        if !d.degreeChanges.isEmpty {
            doc.paragraph(n.phrases.contactsExplanation)
            doc.table(n.phrases.movedHeader, d.degreeChanges.prefix(top).map { c in
                [n.name(c.new), String(Int(c.before)), String(Int(c.after)), (c.change > 0 ? "+" : "−") + String(Int(abs(c.change)))]
            }, alignRight: [1, 2, 3])
        }

        doc.heading(2, n.phrases.diffGapsHeading)
        if d.gapsClosed.isEmpty && d.gapsOpened.isEmpty { doc.paragraph(n.phrases.noGapChange) }
        if !d.gapsClosed.isEmpty {
            doc.paragraph(n.phrases.gapsClosedLabel(d.gapsClosed.count))
            doc.bullets(d.gapsClosed.map { o.describe($0) })
        }
        if !d.gapsOpened.isEmpty {
            doc.paragraph(n.phrases.gapsOpenedLabel(d.gapsOpened.count))
            doc.bullets(d.gapsOpened.map { n.describe($0) })
        }
        if !d.gapsRemaining.isEmpty { doc.paragraph(n.phrases.gapsRemainingSentence(d.gapsRemaining.count)) }

        let suggested = d.introductionsMade.count + d.introductionsOpen.count
        if suggested > 0 {
            doc.heading(2, n.phrases.diffIntroductionsHeading)
            doc.paragraph(n.phrases.introductionsMadeSentence(made: d.introductionsMade.count, suggested: suggested))
            doc.bullets(d.introductionsMade.map { "\(o.name($0.source)) – \(o.name($0.target)): \(o.reason($0))" })
        }
        return doc
    }

    private static func limited(_ items: [String], _ limit: Int, _ s: Strings) -> [String] {
        guard items.count > limit else { return items }
        let more = items.count - limit
        return Array(items.prefix(limit)) + [s.phrases.moreItems(more)]
    }

    public static func json(_ d: NetworkDiff, language: Language) -> JSONValue {
        let o = Strings(language, analysis: d.old), n = Strings(language, analysis: d.new)
        func snapshot(_ a: Analysis) -> JSONValue {
            .object([
                ("name", .string(a.network.name)), ("date", a.network.date.map { .string($0.description) } ?? .null),
                ("actors", .int(a.graph.nodeCount)), ("ties", .int(a.network.ties.count)),
                ("components", .int(a.components.count)), ("isolates", .int(a.isolates.count)),
                ("mainComponent", .int(a.mainComponent.count)), ("fragmentation", .number(a.fragmentation)),
                ("density", .number(a.graph.density)),
            ])
        }
        func tie(_ network: Network, _ i: Int) -> JSONValue {
            let t = network.ties[i]
            return .object([("source", .string(network.actors[t.source].id)), ("target", .string(network.actors[t.target].id)),
                            ("kind", .string(t.kind.rawValue))])
        }
        func changes(_ list: [MeasureChange]) -> JSONValue {
            .array(list.map { c in
                .object([("id", .string(d.new.network.actors[c.new].id)), ("before", .number(c.before)),
                         ("after", .number(c.after)), ("change", .number(c.change))])
            })
        }
        func gaps(_ list: [Gap], _ s: Strings, _ network: Network) -> JSONValue {
            .array(list.map { g in
                .object([("kind", .string(g.kind.rawValue)), ("severity", .string(g.severity.rawValue)),
                         ("description", .string(s.describe(g))),
                         ("actors", .array(g.actors.map { .string(network.actors[$0].id) }))])
            })
        }
        return .object([
            ("schema", .string(schema)),
            ("old", snapshot(d.old)),
            ("new", snapshot(d.new)),
            ("addedActors", .array(d.addedActors.map { .string(d.new.network.actors[$0].id) })),
            ("lostActors", .array(d.lostActors.map { .string(d.old.network.actors[$0].id) })),
            ("addedTies", .array(d.addedTies.map { tie(d.new.network, $0) })),
            ("lostTies", .array(d.lostTies.map { tie(d.old.network, $0) })),
            ("betweennessChanges", changes(d.betweennessChanges)),
            ("degreeChanges", changes(d.degreeChanges)),
            ("gapsClosed", gaps(d.gapsClosed, o, d.old.network)),
            ("gapsOpened", gaps(d.gapsOpened, n, d.new.network)),
            ("gapsRemaining", .int(d.gapsRemaining.count)),
            ("introductionsMade", .array(d.introductionsMade.map { i in
                .object([("source", .string(d.old.network.actors[i.source].id)),
                         ("target", .string(d.old.network.actors[i.target].id)), ("reason", .string(o.reason(i)))])
            })),
            ("introductionsOpen", .int(d.introductionsOpen.count)),
        ])
    }
}
