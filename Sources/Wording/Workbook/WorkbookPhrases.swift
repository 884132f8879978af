import NetworkMap

/// The words of the workbooks network-map writes: the template, the network, the results.
public protocol WorkbookPhrases {
    /// Sheet names, headers and labels of the network's two sheets, and the template's lists and help.
    var workbookWords: NetworkWorkbook.Words { get }
    /// The results workbook's sheets after actors and ties: gaps, suggested introductions, groups.
    var resultSheetNames: (gaps: String, introductions: String, groups: String) { get }
    /// Headers of the gaps sheet: severity, description, actors.
    var gapHeaders: [String] { get }
    /// Headers of the introductions sheet: from, to, gain, pairs connected, reason.
    var introductionHeaders: [String] { get }
    /// Headers of the groups sheet: group, members, ties inside, ties outside, E-I index, names.
    var groupHeaders: [String] { get }
}

extension WorkbookPhrases where Self: Grammar & LoadPhrases {
    /// The network's words from this language's headers and labels.
    func networkWords(actorsSheet: String, tiesSheet: String, listsSheet: String, helpSheet: String, yes: String,
                      no: String, attitudes: [Attitude: String], help: [[String]], listHeaders: [String]) -> NetworkWorkbook.Words {
        var types: [ActorType: String] = [:]
        for type in ActorType.builtIn { types[type] = label(type, plural: false, custom: []) }
        var kinds: [TieKind: String] = [:]
        for kind in TieKind.builtIn { kinds[kind] = label(kind, custom: []) }
        let headers = templateHeaders
        return NetworkWorkbook.Words(
            actorsSheet: actorsSheet, tiesSheet: tiesSheet, listsSheet: listsSheet, helpSheet: helpSheet,
            actorHeaders: headers.actors, tieHeaders: headers.ties, typeLabels: types, kindLabels: kinds,
            attitudeLabels: attitudes, yes: yes, no: no, help: help, listHeaders: listHeaders)
    }
}
