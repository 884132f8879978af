import NetworkMap

extension German {
    public func template(folderName name: String) -> NetworkTemplate.Content {
        let headers = templateHeaders
        let actors = [headers.actors,
                      ["qm", "Quartiersmanagement", "Institution", "Büro", "Nachbarschaft, Gemeinwesen, Integration|Öffentlicher Raum",
                       "Nord", "8", "10", "unterstützend", "nein", "ja", "", "Unser Büro"],
                      ["", "Kita Sonnenschein", "Institution", "Kita", "Bildung, Ausbildung, Jugend", "Süd", "4", "7",
                       "neutral", "nein", "ja", "", ""]]
        let ties = [headers.ties, ["Quartiersmanagement", "Kita Sonnenschein", "Kooperation", "2", "nein", "2024-01", "",
                                   "Interview", "Sommerfest"]]
        let settings = """
            # Einstellungen des Netzwerks. Alle Angaben sind freiwillig; Zeilen mit # sind Kommentare.

            # Name des Netzwerks, erscheint in Karten und Berichten (sonst der Ordnername).
            name: \(name)
            # Stand der Daten (JJJJ-MM-TT).
            date: 2024-06-01
            # Sprache der Berichte: de oder en.
            language: de
            # Das Quartiersmanagement-Büro: id oder Name eines Akteurs aus actors.csv.
            home: qm
            # Woher die Daten stammen (Interviews, Workshop, ...).
            source: Interviews und Netzwerktreffen 2024
            # Themen, die im Quartier abgedeckt sein sollen (ersetzt die Standardliste).
            themes:
              - Bildung, Ausbildung, Jugend
              - Arbeit und Wirtschaft
              - Nachbarschaft, Gemeinwesen, Integration
              - Öffentlicher Raum
              - Beteiligung, Vernetzung und Einbindung der Partner
              - Umwelt und Klima
            # Gebiete (Spalte Gebiet), die außerhalb des Quartiers liegen: für Karten mit --color-by local.
            # Die Spalte lokal (ja/nein) in actors.csv geht vor.
            outside_areas: []
            #  - Bezirk
            # Eigene Akteurstypen (zusätzlich zu Bewohner:in, Bewohnergruppe, Verein, Unternehmen, Institution, Gremium).
            # id: Wert in der Spalte Typ; label_de/label_en: Beschriftung; color: Farbe #rrggbb; shape: Graphviz-Form.
            actor_types: []
            #  - id: schule
            #    label_de: Schule
            #    label_en: School
            #    color: "#56b4e9"
            #    shape: box
            # Eigene Beziehungsarten (zusätzlich zu Kooperation, Informationsaustausch, Förderung, Mitgliedschaft, Konflikt).
            # shape ist hier die Linienart: solid, dashed, dotted oder bold.
            tie_kinds: []
            #  - id: beratung
            #    label_de: Beratung
            #    label_en: Advice
            #    color: "#009e73"
            #    shape: dashed

            """
        return NetworkTemplate.Content(actors: actors, ties: ties, settings: settings, dialect: spreadsheetDialect)
    }
}
