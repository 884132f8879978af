import NetworkMap

extension German {
    public func reason(_ problem: SystemProblem) -> String {
        switch problem {
        case .permissionDenied: return "Dafür fehlt Ihnen dort die Berechtigung."
        case .noSuchFile: return "Es gibt sie nicht, oder es gibt einen Ordner auf dem Weg dorthin nicht."
        case .notAFolder: return "Ein Teil des Pfads ist eine Datei, kein Ordner."
        case .isAFolder: return "Das ist ein Ordner, keine Datei."
        case .diskFull: return "Der Datenträger ist voll."
        case .readOnly: return "Der Datenträger lässt sich nur lesen, nicht beschreiben."
        case .nameTooLong: return "Der Name ist für das System zu lang."
        case .symbolicLinkLoop: return "Symbolische Links auf dem Weg verweisen im Kreis aufeinander."
        case .busy: return "Ein anderes Programm verwendet sie gerade."
        case .deviceFailed:
            return "Der Datenträger meldet einen Fehler; prüfen Sie ihn, oder kopieren Sie die Dateien an einen anderen Ort."
        case .tooManyOpenFiles:
            return "Es sind zu viele Dateien geöffnet; schließen Sie einige Programme, und versuchen Sie es noch einmal."
        case .otherDrive: return "Die fertige Datei ließ sich nicht über Laufwerksgrenzen hinweg an ihren Platz bringen."
        case let .other(code, text): return "Das System hat abgelehnt (Fehler \(code): \(text))."
        }
    }

    public func kind(_ kind: FileKind) -> String {
        switch kind {
        case .folder: return "ein Ordner"
        case .pipe: return "eine benannte Pipe (FIFO)"
        case .device: return "ein Gerät"
        case .socket: return "ein Socket"
        }
    }
}
