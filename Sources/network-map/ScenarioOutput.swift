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
    try refuseOversizedMap(spec, language: language)
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

/// Exits 64 with advice when `spec` is larger than Graphviz lays out in reasonable time
/// (``GraphvizMap/MapRenderer/isTooLarge(_:)``), before any layout starts.
func refuseOversizedMap(_ spec: MapSpec, language: Language) throws {
    guard MapRenderer.isTooLarge(spec) else { return }
    Console.err(language.phrases.console(.mapTooLarge(actors: spec.nodes.count, ties: spec.edges.count,
                                                      maximumActors: MapRenderer.maximumActors,
                                                      maximumTies: MapRenderer.maximumTies)))
    throw ExitCode(ExitStatus.usage)
}
