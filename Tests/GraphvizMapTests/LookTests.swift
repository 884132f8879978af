import Foundation
import GraphvizMap
import NetworkMap
import Reports
import TestSupport
import Testing

/// Renders the synthetic quarter for a human to look at, when `NETWORK_MAP_LOOK_DIR` names a folder.
@Suite(.serialized) struct LookTests {
    @Test func renderQuarterForInspection() throws {
        guard let folder = ProcessInfo.processInfo.environment["NETWORK_MAP_LOOK_DIR"] else { return }
        let size = Int(ProcessInfo.processInfo.environment["NETWORK_MAP_LOOK_SIZE"] ?? "") ?? 160
        let network = SyntheticQuarter.make(actorCount: size)
        let spec = MapSpec(network.analysed(), options: Fixtures.analysedOptions(network))
        let layout = ProcessInfo.processInfo.environment["NETWORK_MAP_LOOK_LAYOUT"]
        var extra: [String: String] = [:]
        for pair in (ProcessInfo.processInfo.environment["NM_ATTRS"] ?? "").split(separator: ";") {
            let kv = pair.split(separator: "=", maxSplits: 1).map(String.init)
            if kv.count == 2 { extra[kv[0]] = kv[1] }
        }
        let formats = (ProcessInfo.processInfo.environment["NM_FORMATS"] ?? "svg,pdf,png,dot")
            .split(separator: ",").compactMap { MapFormat(rawValue: String($0)) }
        for format in formats {
            let start = Date()
            try MapRenderer.render(spec, format: format, to: "\(folder)/quarter-\(size).\(format.rawValue)",
                                   options: RenderOptions(layout: layout, decorations: ProcessInfo.processInfo.environment["NM_NODECO"] == nil,
                                                                       graphAttributes: extra))
            print("rendered \(format) in \(Date().timeIntervalSince(start)) s")
        }
    }
}
