import ArgumentParser
import NetworkMap

@main
struct NetworkMapCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "network-map",
        abstract: "See the network of a neighbourhood: brokers, gaps and isolated groups.",
        discussion: """
            NETWORK is a folder with actors.csv, ties.csv and an optional network.yaml, or a single
            network.yaml that lists actors and ties; it defaults to the current folder.
            Start with `network-map init my-quarter`, fill in the spreadsheets, then `network-map check my-quarter`.

            Exit codes: 0 done; 64 wrong usage (also an output onto an input, or a map too large to draw);
            65 bad data (the message names file, line and column);
            70 the map could not be drawn; 74 a file could not be read or written.
            """,
        subcommands: [
            Check.self, Render.self, Brokers.self, Gaps.self, Groups.self, Report.self, HandoutCommand.self,
            MatrixCommand.self, WhatIfCommand.self, DiffCommand.self, MergeCommand.self, Convert.self, Init.self,
            AppCommand.self,
        ]
    )
}
