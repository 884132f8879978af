import NetworkMap

/// What the system said when a file could not be read or written, as a plain sentence.
public protocol SystemPhrases {
    /// One sentence: "The disk is full.", "Der Datenträger ist voll."
    func reason(_ problem: SystemProblem) -> String
    /// What stands where a file was expected: "a folder", "ein Ordner".
    func kind(_ kind: FileKind) -> String
}
