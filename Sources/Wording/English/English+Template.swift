import NetworkMap

extension English {
    public func template(folderName name: String) -> NetworkTemplate.Content {
        let headers = templateHeaders
        let actors = [headers.actors,
                      ["qm", "Neighbourhood management", "institution", "office",
                       "Neighbourhood, community, integration|Public space", "North", "8", "10", "supportive", "no", "yes",
                       "", "Our office"],
                      ["", "Sunshine day care", "institution", "day care", "Education, training, youth", "South", "4",
                       "7", "neutral", "no", "yes", "", ""]]
        let ties = [headers.ties, ["Neighbourhood management", "Sunshine day care", "cooperation", "2", "no", "2024-01",
                                   "", "interview", "summer party"]]
        let settings = """
            # Settings of the network. Everything is optional; lines starting with # are comments.

            # Name of the network, shown on maps and reports (the folder name if left out).
            name: \(name)
            # Date of the data (YYYY-MM-DD).
            date: 2024-06-01
            # Language of the reports: de or en.
            language: en
            # The neighbourhood management office: id or name of an actor in actors.csv.
            home: qm
            # Where the data comes from (interviews, a workshop, ...).
            source: Interviews and network meetings 2024
            # Themes the quarter should cover (replaces the default list).
            themes:
              - Education, training, youth
              - Work and economy
              - Neighbourhood, community, integration
              - Public space
              - Participation and networking
              - Environment and climate
            # Areas (column area) that lie outside the quarter: for maps with --color-by local.
            # The column local (yes/no) in actors.csv takes precedence.
            outside_areas: []
            #  - District
            # Custom actor types (besides resident, residents_group, association, business, institution, body).
            # id: the value in the type column; label_de/label_en: labels; color: #rrggbb; shape: a Graphviz shape.
            actor_types: []
            #  - id: school
            #    label_de: Schule
            #    label_en: School
            #    color: "#56b4e9"
            #    shape: box
            # Custom tie kinds (besides cooperation, information, funding, membership, conflict).
            # shape is the line style here: solid, dashed, dotted or bold.
            tie_kinds: []
            #  - id: advice
            #    label_de: Beratung
            #    label_en: Advice
            #    color: "#009e73"
            #    shape: dashed

            """
        return NetworkTemplate.Content(actors: actors, ties: ties, settings: settings, dialect: spreadsheetDialect)
    }
}
