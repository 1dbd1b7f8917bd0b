import Foundation
import HTTPTypes
import Hummingbird
import ICONCore
import NIOCore
import NIOHTTP1

/// Responses the yard, stubs and the demo workload share.
package enum Responses {
  /// A JSON body.
  package static func json<Body: Encodable>(_ body: Body, status: HTTPResponse.Status = .ok) -> Response {
    PlainResponse.json(body, status: HTTPResponseStatus(statusCode: status.code)).hummingbird
  }

  /// An error as `{"error": {"message": ...}}`.
  package static func error(_ status: HTTPResponse.Status, _ message: String) -> Response {
    PlainResponse.error(HTTPResponseStatus(statusCode: status.code), message).hummingbird
  }

  /// A 307 to `base` followed by the request's path and query.
  package static func redirect(to base: String, uri: String) -> Response {
    PlainResponse.redirect(to: base, uri: uri).hummingbird
  }

  /// The request's body, at most `limit` bytes; a 413 otherwise.
  package static func body(of request: Request, limit: Int = 16 << 20) async throws -> ByteBuffer {
    var request = request
    do {
      return try await request.collectBody(upTo: limit)
    } catch {
      throw RequestProblem(status: .contentTooLarge, message: "the body is larger than \(limit) bytes")
    }
  }

  /// `body` decoded as JSON; a 400 naming what is malformed otherwise.
  package static func decode<Value: Decodable>(_ type: Value.Type, from body: ByteBuffer) throws -> Value {
    do {
      return try JSONDecoder().decode(type, from: Data(buffer: body))
    } catch {
      throw RequestProblem(
        status: .badRequest, message: "malformed \(Value.self): \(DecodingProblem.describe(error))")
    }
  }
}

/// Bad input from a caller, answered with `status` and `message`.
package struct RequestProblem: Error {
  package var status: HTTPResponse.Status
  package var message: String

  /// The answer, for a server on SwiftNIO.
  package var plain: PlainResponse { .error(HTTPResponseStatus(statusCode: status.code), message) }
  /// The answer, for a Hummingbird server.
  package var response: Response { plain.hummingbird }
}

extension PlainResponse {
  /// The same answer for a Hummingbird server.
  package var hummingbird: Response {
    var fields = HTTPFields()
    for (name, value) in headers {
      if let field = HTTPField.Name(name) { fields.append(HTTPField(name: field, value: value)) }
    }
    return Response(status: .init(code: Int(status.code)), headers: fields, body: .init(byteBuffer: body))
  }
}
