import Foundation

/// poppler-utils (`pdftotext`, `pdfinfo`, `pdffonts`) for reading back the PDFs the tests make.
public enum Poppler {
    /// Runs `tool ARGUMENTS FILE` (and `-` for pdftotext, so it prints) and returns what it printed.
    public static func run(_ tool: String, _ arguments: [String], file: URL) throws -> String {
        let arguments = arguments + [file.path] + (tool == "pdftotext" ? ["-"] : [])
        return try Subprocess.run(URL(fileURLWithPath: "/usr/bin/\(tool)"), arguments).stdout
    }

    /// The same for PDF bytes, written to a scratch file first.
    public static func run(_ tool: String, _ arguments: [String], pdf: Data) throws -> String {
        let file = try Repository.scratchFolder("pdf").appendingPathComponent("document.pdf")
        try pdf.write(to: file)
        return try run(tool, arguments, file: file)
    }
}
