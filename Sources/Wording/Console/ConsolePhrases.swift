import NetworkMap

/// What the command line prints around its results: warnings and errors of a load, problems with options,
/// where a file went, and `check`'s summary.
public protocol ConsolePhrases {
    func console(_ message: ConsoleMessage) -> String
}

/// One line (or block) the command line prints, with its facts.
public enum ConsoleMessage: Sendable {
    // MARK: Loading
    /// "1 Warnung:" above the list of warnings.
    case warningsHeader(count: Int)
    /// One warning of the list (its text with its place).
    case warning(String)
    /// The one line the analysing commands print instead of the warnings: how many, and that `check` lists them.
    case warningCount(Int, network: String)
    case errorsHeader(count: Int)
    case error(String)
    /// Errors beyond the list's limit.
    case moreErrors(Int)
    case nothingAnalysed

    // MARK: Results and failures
    case mapWritten(path: String)
    case handoutWritten(path: String)
    case matrixWritten(path: String)
    case reportWritten(path: String)
    /// `init` made a folder.
    case created(folder: String)
    /// `init` refuses to write over these files.
    case filesExist([String])
    /// `init --format xlsx` wrote the template workbook `file` and network.yaml into `folder`.
    case createdWorkbook(folder: String, file: String)
    /// A result file that cannot be written, and why.
    case cannotWrite(path: String, reason: AtomicFile.WriteError.Reason)
    /// `-o` (or a default output file) leads to a file the command reads: refused, the file stays as it is.
    case outputIsInput(path: String)
    /// A map larger than Graphviz lays out in reasonable time: refused, with advice to draw a part.
    case mapTooLarge(actors: Int, ties: Int, maximumActors: Int, maximumTies: Int)
    /// A technical failure (Graphviz or cairo failing), with its detail as the library said it.
    case failure(String)
    case handoutFailed(String)

    // MARK: Options
    /// A word in an option (`--focus`) that names several actors (their ids).
    case ambiguousActor(option: String, text: String, count: Int, ids: String)
    case unknownActor(option: String, text: String, network: String, suggestions: [String])
    /// No actor works on the theme; `themes` are the themes there are.
    case unknownTheme(option: String, theme: String, themes: [String])
    /// `--type` names no actor type; `valid` lists the types there are.
    case unknownType(text: String, valid: String)
    case joinsItself(text: String)
    case unknownMark(String)
    case negativeDepth
    case focusAndTheme
    case tooFewMapActors
    /// `--exclude` leaves no actor to draw or analyse.
    case everyoneExcluded
    case nothingToChange
    case notATie(String)
    case networksAndDates
    case networksOrDates
    case notADate(option: String, text: String)

    // MARK: Progress
    case progressPaths
    case progressWeightedPaths

    // MARK: check's summary
    case checkTitle(network: String, date: Day?)
    case checkCounts(actors: Int, ties: Int)
    case actorsByType
    case tiesByKind
    case privatePersons(Int)
    case home(String)
    case checkOK(warnings: Int)
    /// The sheets of a workbook the load read: `Akteure` for the actors, `Beziehungen` for the ties.
    case sheetsUsed(file: String, actors: String?, ties: String?)
    /// Sheets of the workbook left out: hidden, or marked "(ignore)"; and sheets used for neither table.
    case sheetsSkipped(hidden: [String], ignored: [String], unused: [String])
}
