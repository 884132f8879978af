import NetworkMap

extension English {
    public func reason(_ problem: SystemProblem) -> String {
        switch problem {
        case .permissionDenied: return "You do not have permission to do that there."
        case .noSuchFile: return "It does not exist, or a folder on the way to it does not."
        case .notAFolder: return "A part of the path is a file, not a folder."
        case .isAFolder: return "It is a folder, not a file."
        case .diskFull: return "The disk is full."
        case .readOnly: return "The drive can be read but not written to."
        case .nameTooLong: return "The name is too long for the system."
        case .symbolicLinkLoop: return "Symbolic links on the way point at each other in a loop."
        case .busy: return "Another program is using it."
        case .deviceFailed: return "The drive reported a failure; check it, or copy the files elsewhere."
        case .tooManyOpenFiles: return "Too many files are open; close some programs and try again."
        case .otherDrive: return "The finished file could not be moved into place across drives."
        case let .other(code, text): return "The system refused (error \(code): \(text))."
        }
    }

    public func kind(_ kind: FileKind) -> String {
        switch kind {
        case .folder: return "a folder"
        case .pipe: return "a named pipe (FIFO)"
        case .device: return "a device"
        case .socket: return "a socket"
        }
    }
}
