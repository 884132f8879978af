import NetworkMap

/// A realistic synthetic German quarter for tests, deterministic for a given size and seed.
///
/// It has every actor type and tie kind, a QM office everyone depends on, sub-areas, themes, and a few
/// isolated groups.
public enum SyntheticQuarter {
    /// A quarter of about `actorCount` actors (at least 40).
    public static func make(actorCount: Int = 150, seed: UInt64 = 42) -> Network {
        var rng = SplitMix(seed: seed)
        let themes = Network.defaultThemes(language: .de)
        let areas = ["Nordkiez", "Südkiez", "Am Bahnhof", "Parkviertel"]
        var actors: [Actor] = []
        func add(_ name: String, _ type: ActorType, themes t: [String] = [], area: String? = nil,
                 attitude: Attitude? = nil) {
            var id = Actor.deriveID(from: name)
            if actors.contains(where: { $0.id == id }) { id += "-\(actors.count)" }
            actors.append(Actor(id: id, name: name, type: type, themes: t, area: area, attitude: attitude))
        }
        add("Quartiersmanagement Ostend", .institution, themes: themes, area: "Am Bahnhof", attitude: .supportive)
        let institutions = ["Grundschule am Park", "Stadtteilbibliothek", "Jobcenter Ost", "Bezirksamt Sozialraum",
                            "Gemeinschaftsschule Nord", "Familienzentrum Löwenzahn", "Kita Sonnenschein",
                            "Polizei Abschnitt 52", "Wohnungsbaugesellschaft Ostend", "Seniorenbüro",
                            "Jugendzentrum Würfel", "Volkshochschule"]
        let associations = ["Bürgerverein Süd e.V.", "Nachbarschaftshaus Ostend e.V.", "Sportverein Blau-Weiß",
                            "Kulturverein Dialog", "Gartenfreunde Parkviertel", "Mieterbeirat Nord",
                            "Türkischer Elternverein", "Förderverein Grundschule", "Caritas Ostend",
                            "Diakonie Stadtmitte", "Lesepaten e.V.", "Fahrradwerkstatt Rückenwind",
                            "Integrationslotsen e.V.", "Moscheeverein Ostend", "Tafel Ostend"]
        let businesses = ["Bäckerei Müller", "Apotheke am Markt", "Café Kiezglück", "Späti Ecke", "Friseur Schnittig",
                          "Blumen Özdemir", "Buchhandlung Seitenweise", "Malerbetrieb Krause", "Supermarkt Frisch",
                          "Fahrradladen Speiche", "Gewerbeverein-Büro Hansen", "Restaurant Zaytoun"]
        let groups = ["Initiative Grüner Hof", "Elterncafé", "Seniorentreff Sonnenseite", "Nachbarschaftsgarten",
                      "Mieterinitiative Bahnhofstraße", "Frauenfrühstück", "Repair-Café", "Jugendrat Ostend"]
        let bodies = ["Quartiersrat", "Stadtteilkonferenz", "AG Wohnen", "Lenkungsgruppe", "AG Grünflächen"]
        for name in institutions { add(name, .institution, themes: [themes[rng.next(themes.count)]],
                                       area: areas[rng.next(areas.count)], attitude: .supportive) }
        for name in associations { add(name, .association, themes: [themes[rng.next(themes.count)], themes[rng.next(themes.count)]],
                                       area: areas[rng.next(areas.count)], attitude: [.supportive, .neutral][rng.next(2)]) }
        for name in businesses { add(name, .business, themes: [themes[1]], area: areas[rng.next(areas.count)],
                                     attitude: [.neutral, .opposed, .supportive][rng.next(3)]) }
        for name in groups { add(name, .residentsGroup, themes: [themes[rng.next(themes.count)]],
                                 area: areas[rng.next(areas.count)], attitude: .supportive) }
        for name in bodies { add(name, .body, themes: [themes[4]], attitude: .neutral) }
        let first = ["Anna", "Mehmet", "Jana", "Olga", "Yusuf", "Petra", "Lukas", "Fatma", "Hans", "Leyla", "Jörg",
                     "Sibel", "Uwe", "Chiara", "Ahmad", "Grete"]
        let last = ["Schmidt", "Yılmaz", "Nowak", "Weiß", "Haddad", "Becker", "Kowalski", "Schäfer", "Aydın", "Lange"]
        while actors.count < actorCount {
            add("\(first[rng.next(first.count)]) \(last[rng.next(last.count)])", .resident,
                themes: [themes[rng.next(themes.count)]], area: areas[rng.next(areas.count)])
        }
        let n = actors.count
        var ties: [Tie] = []
        var seen = Set<Int>()
        func tie(_ a: Int, _ b: Int, _ kind: TieKind, _ strength: Double) {
            guard a != b, seen.insert(min(a, b) * n + max(a, b)).inserted else { return }
            ties.append(Tie(source: a, target: b, kind: kind, strength: strength))
        }
        let orgs = Array(1..<(1 + institutions.count + associations.count + businesses.count + groups.count))
        let bodyStart = 1 + institutions.count + associations.count + businesses.count + groups.count
        let residentStart = bodyStart + bodies.count
        // The QM office knows almost every organisation.
        for o in orgs where rng.next(10) < 7 { tie(0, o, [.cooperation, .information, .funding][rng.next(3)], Double(1 + rng.next(3))) }
        for b in bodyStart..<residentStart {
            tie(0, b, .membership, 2)
            for _ in 0..<6 { tie(orgs[rng.next(orgs.count)], b, .membership, 1) }
        }
        for _ in 0..<(orgs.count * 2) {
            tie(orgs[rng.next(orgs.count)], orgs[rng.next(orgs.count)],
                [.cooperation, .cooperation, .information, .conflict][rng.next(4)], Double(1 + rng.next(3)))
        }
        // Residents: attached to a group or association, a few to each other; the last ten form isolated groups.
        let isolatedStart = max(residentStart, n - 10)
        for r in residentStart..<isolatedStart {
            tie(r, orgs[associations.count + rng.next(orgs.count - associations.count)], .membership, 1)
            if rng.next(3) == 0 { tie(r, residentStart + rng.next(isolatedStart - residentStart), .information, 1) }
        }
        for r in isolatedStart..<n where r + 1 < n && (r - isolatedStart) % 3 != 2 { tie(r, r + 1, .cooperation, 2) }
        // Funding flows from the Bezirksamt to a few associations.
        for k in 0..<5 {
            let funded = 1 + institutions.count + k * 2
            ties.append(Tie(source: 4, target: funded, kind: .funding, strength: 2))
        }
        return Network(name: "Quartier Ostend", date: Day(year: 2024, month: 3, day: 1), language: .de,
                       home: actors[0].id, actors: actors, ties: ties)
    }

    /// SplitMix64 (Steele, Lea & Flood 2014): a small deterministic generator for test data.
    struct SplitMix {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            z ^= z >> 31
            return Int(z % UInt64(max(bound, 1)))
        }
    }
}
