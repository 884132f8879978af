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
    do {
        let data = try MapRenderer.render(spec, format: format, options: options)
        if output == "-" {
            FileHandle.standardOutput.write(data)
        } else {
            let path = output ?? "output/\(defaultName).\(format.rawValue)"
            try Console.deliver(data, toFile: path)
            Console.err(language.phrases.console(.mapWritten(path: path)))
        }
    } catch let error as MapRenderError {
        Console.err(language.phrases.console(.failure(error.description)))
        throw ExitCode(MapRenderError.exitCode)
    }
}
