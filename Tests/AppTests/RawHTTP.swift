import Foundation

/// A deliberately dumb HTTP/1.1 client on a real TCP socket: it sends exactly the bytes a test writes (a forged
/// Host, a raw `%2e%2e`, a missing header) and reads the answer until the server closes the connection.
///
/// URLSession would normalise paths, add its own Host and keep cookies; a test of what the server refuses needs
/// requests no well-behaved client would send. The blocking socket calls run on a Dispatch thread, never on the
/// cooperative pool the server's handlers need.
enum RawHTTP {
    struct Response: Sendable {
        var status: Int
        var headers: [(name: String, value: String)]
        var body: Data

        func header(_ name: String) -> String? {
            headers.first { $0.name.lowercased() == name.lowercased() }?.value
        }

        func headers(_ name: String) -> [String] {
            headers.filter { $0.name.lowercased() == name.lowercased() }.map(\.value)
        }

        var text: String { String(decoding: body, as: UTF8.self) }

        func json() throws -> [String: Any] {
            guard let object = try JSONSerialization.jsonObject(with: body) as? [String: Any] else {
                throw RawHTTPError.notJSON(text)
            }
            return object
        }
    }

    /// Sends `head` (request line and headers, without the blank line) and `body` to `address:port`.
    ///
    /// `Connection: close` is added unless the head has a Connection header, so the answer ends with the connection.
    static func send(_ head: String, body: Data = Data(), port: Int, address: String = "127.0.0.1",
                     family: Int32 = AF_INET) async throws -> Response {
        var text = head
        if !head.lowercased().contains("\r\nconnection:") { text += "\r\nConnection: close" }
        if !body.isEmpty, !head.lowercased().contains("\r\ncontent-length:"), !head.lowercased().contains("chunked") {
            text += "\r\nContent-Length: \(body.count)"
        }
        var bytes = Data((text + "\r\n\r\n").utf8)
        bytes.append(body)
        let payload = bytes
        return try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                do {
                    let raw = try exchange(payload, port: port, address: address, family: family)
                    continuation.resume(returning: try parse(raw))
                } catch {
                    continuation.resume(throwing: error)
                }
            }
        }
    }

    /// Whether a TCP connection to `address:port` can be opened at all.
    static func canConnect(port: Int, address: String, family: Int32 = AF_INET) -> Bool {
        guard let socket = try? connect(port: port, address: address, family: family) else { return false }
        close(socket)
        return true
    }

    /// A socket listening on a free port of 127.0.0.1, held by the test itself: the port is busy for as long as
    /// the caller keeps `fd` open, whatever other suites' servers do meanwhile.
    static func occupyPort() throws -> (fd: Int32, port: Int) {
        #if canImport(Glibc)
        let stream = Int32(SOCK_STREAM.rawValue)
        #else
        let stream = SOCK_STREAM
        #endif
        let fd = socket(AF_INET, stream, 0)
        guard fd >= 0 else { throw RawHTTPError.socket(errno) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        inet_pton(AF_INET, "127.0.0.1", &address.sin_addr)
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                bind(fd, pointer, length) == 0 && listen(fd, 1) == 0 && getsockname(fd, pointer, &length) == 0
            }
        }
        guard bound else {
            let error = errno
            close(fd)
            throw RawHTTPError.connect(error)
        }
        return (fd, Int(UInt16(bigEndian: address.sin_port)))
    }

    private static func connect(port: Int, address: String, family: Int32) throws -> Int32 {
        #if canImport(Glibc)
        let stream = Int32(SOCK_STREAM.rawValue)
        #else
        let stream = SOCK_STREAM
        #endif
        let fd = socket(family, stream, 0)
        guard fd >= 0 else { throw RawHTTPError.socket(errno) }
        // Generous: under `make test` the other suites' CPU-bound tests can keep the cooperative pool, on which the
        // server's handlers run, busy for a while. A server that truly hangs still fails the test.
        var timeout = timeval(tv_sec: 180, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let result: Int32
        if family == AF_INET6 {
            var target = sockaddr_in6()
            target.sin6_family = sa_family_t(AF_INET6)
            target.sin6_port = in_port_t(UInt16(port).bigEndian)
            inet_pton(AF_INET6, address, &target.sin6_addr)
            result = withUnsafePointer(to: &target) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in6>.size))
                }
            }
        } else {
            var target = sockaddr_in()
            target.sin_family = sa_family_t(AF_INET)
            target.sin_port = in_port_t(UInt16(port).bigEndian)
            inet_pton(AF_INET, address, &target.sin_addr)
            result = withUnsafePointer(to: &target) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                }
            }
        }
        guard result == 0 else {
            let error = errno
            close(fd)
            throw RawHTTPError.connect(error)
        }
        return fd
    }

    private static func exchange(_ payload: Data, port: Int, address: String, family: Int32) throws -> Data {
        let fd = try connect(port: port, address: address, family: family)
        defer { close(fd) }
        var sent = 0
        payload.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            guard let base = buffer.baseAddress else { return }
            while sent < buffer.count {
                let n = Glibc.send(fd, base + sent, buffer.count - sent, Int32(MSG_NOSIGNAL))
                // The server may answer and close before it read everything (a 413); what it sent still counts.
                if n <= 0 { break }
                sent += n
            }
        }
        var received = Data()
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = recv(fd, &chunk, chunk.count, 0)
            if n < 0, errno == EAGAIN || errno == EWOULDBLOCK { throw RawHTTPError.timeout }
            if n <= 0 { break }
            received.append(contentsOf: chunk[0..<n])
        }
        guard !received.isEmpty else { throw RawHTTPError.noAnswer }
        return received
    }

    private static func parse(_ raw: Data) throws -> Response {
        guard let split = raw.range(of: Data("\r\n\r\n".utf8)) else { throw RawHTTPError.malformed(String(decoding: raw, as: UTF8.self)) }
        let head = String(decoding: raw[..<split.lowerBound], as: UTF8.self)
        var lines = head.components(separatedBy: "\r\n")
        let statusLine = lines.removeFirst()
        let parts = statusLine.split(separator: " ")
        guard parts.count >= 2, let status = Int(parts[1]) else { throw RawHTTPError.malformed(statusLine) }
        let headers = lines.compactMap { line -> (String, String)? in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return (String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
        var body = Data(raw[split.upperBound...])
        if headers.contains(where: { $0.0.lowercased() == "transfer-encoding" && $0.1.lowercased().contains("chunked") }) {
            body = dechunk(body)
        }
        return Response(status: status, headers: headers, body: body)
    }

    private static func dechunk(_ data: Data) -> Data {
        var out = Data()
        var rest = data[...]
        while let lineEnd = rest.range(of: Data("\r\n".utf8)) {
            let sizeText = String(decoding: rest[..<lineEnd.lowerBound], as: UTF8.self).split(separator: ";").first ?? ""
            guard let size = Int(sizeText.trimmingCharacters(in: .whitespaces), radix: 16), size > 0 else { break }
            let start = lineEnd.upperBound
            guard let end = rest.index(start, offsetBy: size, limitedBy: rest.endIndex) else { break }
            out.append(rest[start..<end])
            rest = rest[min(rest.endIndex, end + 2)...]
        }
        return out
    }
}

enum RawHTTPError: Error {
    case socket(Int32)
    case connect(Int32)
    case noAnswer
    case timeout
    case malformed(String)
    case notJSON(String)
}
