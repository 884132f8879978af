import ArgumentParser
import NetworkMap

@main
struct NetworkMapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "network-map",
        abstract: "See the network of a neighbourhood: brokers, gaps and isolated groups."
    )
}
