import ArgumentParser
import Foundation
import GraphvizMap
import NetworkMap
import Wording

extension WhatIfCommand.Format {
    /// The format asked for: `--format`, else the `-o` file's extension when it names a format, else Markdown.
    static func resolve(_ given: Self?, output: String?) -> Self {
        if let given { return given }
        if let output, output != "-",
           let format = Self(rawValue: URL(fileURLWithPath: output).pathExtension.lowercased()) {
            return format
        }
        return .md
    }
}

/// Draws a scenario map and writes it to `-o` (standard output for `-`) or to `output/NAME.FORMAT`;
/// exit code 70 when Graphviz fails, 74 when the file cannot be written.
func deliverMap(_ spec: MapSpec, format name: String, output: String?, defaultName: String, date: Day?,
                language: Language) throws {
    guard let format = MapFormat(rawValue: name) else { throw ExitCode(ExitStatus.usage) }
    var options = RenderOptions()
    options.documentDate = date
    let data: Data
    do {
        data = try MapRenderer.render(spec, format: format, options: options)
    } catch {
        Console.err(language.phrases.console(.failure(error.description)))
        throw ExitCode(MapRenderError.exitCode)
    }
    if let path = try Console.deliver(data, to: output, defaultFile: "output/\(defaultName).\(format.rawValue)", language: language) {
        Console.err(language.phrases.console(.mapWritten(path: path)))
    }
}
