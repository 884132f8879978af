import NetworkMap

extension English {
    /// What is wrong with a workbook, and what to do.
    func workbookText(_ error: WorkbookError) -> IssueText {
        let q = quoted
        let saveAs = "Open the file in Excel or LibreOffice Calc and save it as Excel workbook (.xlsx) or as OpenDocument "
            + "spreadsheet (.ods)."
        switch error {
        case .legacyExcel:
            return IssueText("The file is a workbook in the old Excel 97-2003 format (.xls), which network-map does not read.",
                             hint: saveAs)
        case .encrypted:
            return IssueText("The workbook is protected by a password and cannot be read.",
                             hint: "Open it, remove the password (File › Info › Protect Workbook) and save it without one.")
        case .otherCompoundFile:
            return IssueText("The file is an old Office document, but no workbook.",
                             hint: "Give the workbook with the actors and ties (.xlsx or .ods).")
        case .binaryExcel:
            return IssueText("The file is a binary Excel workbook (.xlsb), which network-map does not read.", hint: saveAs)
        case .textFile(let looksLikeCSV):
            return IssueText(looksLikeCSV ? "The file is no workbook but a text file, probably a CSV file with the wrong extension."
                                 : "The file is no workbook but a text file.",
                             hint: looksLikeCSV ? "Give it the extension .csv (actors.csv or ties.csv), or save it in Excel or "
                                 + "LibreOffice as Excel workbook (.xlsx)." : saveAs)
        case .unknownFormat:
            return IssueText("The file is no workbook (neither .xlsx nor .ods).", hint: saveAs)
        case .emptyFile:
            return IssueText("The file is empty (0 bytes).",
                             hint: "Saving was probably interrupted; take a backup copy or save the workbook again.")
        case .corruptArchive(let part):
            return IssueText("The workbook is damaged or incomplete\(part.map { " (part \(q($0)))" } ?? "").",
                             hint: "Copy the file again from the original, or open it in Excel or LibreOffice, which often "
                                 + "repair damaged files, and save it anew.")
        case .notAWorkbook(let mediaType):
            return IssueText("The file is an Office document, but no spreadsheet\(mediaType.map { " (\($0))" } ?? "").",
                             hint: "Give the workbook with the actors and ties (.xlsx or .ods).")
        case .missingPart(let part):
            return IssueText("The workbook lacks a part it needs (\(q(part))).",
                             hint: "The program that wrote it saved it incompletely. " + saveAs)
        case .malformedPart(let part, let line):
            return IssueText("A part of the workbook (\(q(part))\(line.map { ", line \($0)" } ?? "")) is not valid XML.",
                             hint: "The file is damaged. " + saveAs)
        case .forbiddenDoctype(let part):
            return IssueText("A part of the workbook (\(q(part))) declares a DTD, which Excel and LibreOffice never write; "
                                 + "for safety the file is not read.",
                             hint: "If you trust where the file comes from: " + saveAs)
        case .badCellReference(let part, let reference):
            return IssueText("The workbook names an invalid cell \(q(reference)) (in \(q(part))).", hint: "The file is damaged. " + saveAs)
        case .tooLarge(let part, let limit):
            return IssueText("The workbook is too large to read: \(limitText(limit))\(part.map { " (in \(q($0)))" } ?? "").",
                             hint: "Delete sheets that are not part of the network, or save the actors and ties as CSV files.")
        case .unreadable(let reason):
            return IssueText("The workbook cannot be read (\(reason)).",
                             hint: "Check that the file exists and that you may open it.")
        case let .ambiguousSheets(role, candidates, _):
            return IssueText("Several sheets could hold the \(roleName(role)): \(quotedList(candidates)).",
                             hint: "Choose one with \(roleOption(role)) \(q(candidates.first ?? "")), or add \"(ignore)\" to "
                                 + "the names of the others.")
        case let .sheetNotFound(role, name, available):
            let suggestions = Suggestions.closest(to: name, in: available)
            return IssueText("The workbook has no sheet \(q(name)) (for the \(roleName(role))).",
                             hint: suggestions.isEmpty ? "It has \(quotedList(available))."
                                 : "Did you mean \(alternatives(suggestions))? It has \(quotedList(available)).")
        case .sameSheetForBothRoles(let name):
            return IssueText("The sheet \(q(name)) is given for both the actors and the ties.",
                             hint: "Actors and ties are on two different sheets; give two different ones with --actors-sheet "
                                 + "and --ties-sheet.")
        }
    }

    private func roleName(_ role: TableRole) -> String { role == .actors ? "actors" : "ties" }

    private func roleOption(_ role: TableRole) -> String { role == .actors ? "--actors-sheet" : "--ties-sheet" }

    private func limitText(_ limit: WorkbookLimits.Limit) -> String {
        switch limit {
        case .fileBytes(let n): return "more than \(n >> 20) MB"
        case .partBytes(let n): return "a part unpacks to more than \(n >> 20) MB"
        case .totalBytes(let n): return "it unpacks to more than \(n >> 20) MB"
        case .cells(let n): return "more than \(n) cells"
        case .sheets(let n): return "more than \(n) sheets"
        case .depth(let n): return "XML nested deeper than \(n) levels"
        case .entries(let n): return "more than \(n) parts in the archive"
        case .mergedRanges(let n): return "more than \(n) merged ranges"
        }
    }
}

extension English {
    public var workbookWords: NetworkWorkbook.Words {
        networkWords(
            actorsSheet: "Actors", tiesSheet: "Ties", listsSheet: "Lists", helpSheet: "Explanations", yes: "yes", no: "no",
            attitudes: [.supportive: "supportive", .neutral: "neutral", .opposed: "opposed"],
            help: [
                ["Column", "Meaning"],
                ["Actors: id", "A short key of the actor (leave empty: made from the name)."],
                ["name", "The name of the organisation, group or person; every row needs one."],
                ["type", "Resident, residents' group, association, business, institution or body; add your own types to the list."],
                ["category", "A finer grouping, free (nursery, school, housing company …)."],
                ["themes", "Fields of action, separated by |."],
                ["area", "The part of the quarter."],
                ["influence, interest", "Numbers from 0 to 10, or empty."],
                ["attitude", "supportive, neutral or opposed."],
                ["private", "yes for individuals: they are pseudonymised in every output."],
                ["contact, notes", "Free; private persons' contacts and notes are never output."],
                ["Ties: source, target", "The name or id of the two actors."],
                ["kind", "Cooperation, information, funding, membership or conflict."],
                ["strength", "1 weak, 2 medium, 3 strong (empty: 1)."],
                ["directed", "yes when the tie goes one way only (funding: from funder to recipient)."],
                ["since, until", "The dates the tie exists from and to."],
                ["reported_by", "Where the information comes from (interview, workshop …)."],
                ["Further columns", "Kept as extra information."],
            ],
            listHeaders: ["type", "kind", "strength", "attitude", "yes/no"])
    }

    public var resultSheetNames: (gaps: String, introductions: String, groups: String) {
        ("Gaps", "Suggested introductions", "Groups")
    }

    public var gapHeaders: [String] { ["Severity", "Description", "Actors concerned"] }

    public var introductionHeaders: [String] { ["From", "To", "Gain", "Pairs newly connected", "Reason"] }

    public var groupHeaders: [String] { ["Group", "Members", "Ties inside", "Ties outside", "E-I index", "Actors"] }
}
