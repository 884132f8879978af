import NetworkMap

/// The words of the local app (`network-map app`): its page and its answers.
///
/// The page's fixed words are ``AppText`` cases: the server writes them into the HTML, and hands the same table
/// to the page's script as one JSON dictionary (``AppPhrases/pageDictionary``), so every word has one source.
/// Findings, scenarios and the map's words come from the report's own tables, never from here.
public protocol AppPhrases {
    /// A fixed word or sentence of the page.
    func app(_ text: AppText) -> String
    /// A message of the app: refusals, problems with an upload or an edit, failures at start.
    func app(_ message: AppMessage) -> String
}

extension AppPhrases {
    /// Every ``AppText`` by its name, for the page's script.
    public var pageDictionary: [(String, String)] { AppText.allCases.map { ($0.rawValue, app($0)) } }
}

/// The fixed words of the app's page.
///
/// Texts with `{n}`, `{done}`, `{total}`, `{name}` or `{file}` are filled in
/// by the script.
public enum AppText: String, CaseIterable, Sendable {
    // The frame
    case pageTitle, skipLink, tagline, languageNav, mainHeading, footer, noScript
    case privacyToggle, privacyHint, privacyOn
    // The list of networks and adding one
    case networksHeading, networksIntro, loading, noNetworks, folderKind, workbookKind
    case loads, fails, refused, actors, ties, errors, warnings
    case oneError, manyErrors, oneWarning, manyWarnings, asOf
    case addHeading, addIntro, filesLabel, filesHint, nameLabel, nameHint, dropZone, addButton
    case chooseFiles, uploading, added, failed, tooLarge, selected
    // The views of one network
    case viewsNav, viewCheck, viewMap, viewFindings, viewWhatIf, viewDiff, viewEdit, viewDownloads
    case chooseNetwork, notLoaded
    // The check
    case checkHeading, checkIntro, checkOf, privatePersons, homeOffice, actorsByType, tiesByKind, noIssues
    case whatToDo, fixInEditor
    // The map
    case mapHeading, mapSettings, colorBy, colorType, colorCommunity, colorArea, colorTheme, colorAttitude
    case sizeBy, sizeBetweenness, sizeDegree, sizePagerank, sizeInfluence, sizeNone
    case highlights, markBrokers, markBridges, markIsolated, markIntroductions
    case working, progress, progressPaths, progressWeightedPaths, progressMap
    // Findings
    case findingsHeading
    // What-if
    case whatIfHeading, whatIfIntro, leavingHeading, leavingFilter, homeLeaves, plannedHeading, plannedFrom
    case plannedTo, plannedAdd, plannedRemove, noPlanned, whatIfEmpty, whatIfMapHeading, clearScenario
    // Diff
    case diffHeading, diffIntro, diffOlder, diffNone, diffShow, diffMapHeading
    // Editing
    case editHeading, editIntro, editActorHeading, editTieHeading, editChooseActor, editChooseTie, editNewActor
    case editNewTie, fieldName, fieldType, fieldCategory, fieldThemes, fieldThemesHint, fieldArea, fieldInfluence
    case fieldInterest, fieldScoreHint, fieldAttitude, fieldPrivate, fieldContact, fieldNotes, fieldSource
    case fieldTarget, fieldKind, fieldStrength, fieldDirected, fieldSince, fieldUntil, fieldDateHint
    case fieldReportedBy, unset, attitudeSupportive, attitudeNeutral, attitudeOpposed, yes, no, strengthWeak
    case strengthMedium, strengthStrong, saveActor, saveTie, deleteTie, saving, saved, savedBeside, backupKept
    case editRejected, editConflict, privateHidden, keptColumns
    // Downloads
    case downloadsHeading, downloadsIntro, downloadHandout, downloadReportMD, downloadReportHTML, downloadReportXLSX
    case downloadMapSVG, downloadMapPDF, downloadMapPNG, downloadGEXF, downloadGraphML, downloadsPrivate
    // Refusal page
    case noAccess
}

/// What a request was refused for (the app's security checks).
public enum AccessRefusal: Sendable, Hashable {
    /// The request target is no path (an absolute URL, `*`).
    case notAPath
    /// Host is not the app's own address (DNS rebinding, a wrong port).
    case wrongHost
    /// Another site sent it.
    case crossSite
    /// A change without proof that the app's own page sent it.
    case noSameOriginProof
    case noToken, wrongToken
}

/// Why an upload was refused before anything was written.
public enum UploadProblem: Hashable, Sendable {
    case notJSON
    case fileCount(Int)
    case unsupportedFile(String)
    case notBase64(String)
    case empty(String)
    case notText(String)
    case unterminatedQuote(String, line: Int)
    case noHeader(String)
    case rolesUnclear
    case notAWorkbook(String)
}

/// One message of the app, with its facts.
public enum AppMessage: Sendable, Hashable {
    case refused(AccessRefusal)
    case notFound
    case noSuchNetwork(String)
    case linksOutside(file: String)
    /// A workbook is read, but the app's edit forms write only CSV files.
    case workbookReadOnly
    case tooLarge(limit: Int)
    case badUpload(UploadProblem)
    /// The rows an edit changes were changed since the user opened them.
    case editConflict
    case editNeedsVersion
    case unknownEdit(String)
    /// An edit request that lacks a part or has one of the wrong kind (the part's name).
    case badEdit(String)
    /// The row an edit names is not in the file (any more).
    case noSuchRow
    /// The file is in an encoding that cannot hold a character the edit brings.
    case cannotEncode(file: String, character: String)
    /// A private person's row cannot be edited while names are hidden.
    case privateRow
    case writeFailed(String)
    /// The edit was saved; the previous file is kept as `backup`.
    case saved(file: String, backup: String)
    /// The edited network was saved as a new network beside the workbook, which stays untouched.
    case savedBeside(workbook: String, network: String)
    /// The edit was refused: the loader found these problems in it (listed after this message).
    case editRejected
    /// A what-if or a diff names an actor the network does not have.
    case noSuchActor(String)
    /// A diff needs another network of the folder that loads.
    case noOtherSnapshot
    case renderFailed(String)
    case noSuchDownload(String)
    // Starting the app
    case folderMissing(String)
    case notAFolder(String)
    case cannotListen(port: Int, reason: String)
}
