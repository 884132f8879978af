import Foundation

/// poppler-utils (`pdftotext`, `pdfinfo`, `pdffonts`) for reading back the PDFs the tests make.
public enum Poppler {
    /// Runs `tool ARGUMENTS FILE` (and `-` for pdftotext, so it prints) and returns what it printed.
    public static func run(_ tool: String, _ arguments: [String], file: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/\(tool)")
        process.arguments = arguments + [file.path] + (tool == "pdftotext" ? ["-"] : [])
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// The same for PDF bytes, written to a scratch file first.
    public static func run(_ tool: String, _ arguments: [String], pdf: Data) throws -> String {
        let file = try Repository.scratchFolder("pdf").appendingPathComponent("document.pdf")
        try pdf.write(to: file)
        return try run(tool, arguments, file: file)
    }
}
