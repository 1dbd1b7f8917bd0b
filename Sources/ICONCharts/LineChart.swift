import Foundation

/// A line chart rendered as a self-contained SVG: axes with ticks, axis labels, a title and a legend.
public struct LineChart: Sendable {
  /// One line.
  public struct Series: Sendable {
    /// Legend text.
    public var name: String
    /// Points, in x order.
    public var points: [(x: Double, y: Double)]
    /// Draw dashed.
    public var dashed: Bool

    /// A series called `name`.
    public init(name: String, points: [(x: Double, y: Double)], dashed: Bool = false) {
      self.name = name
      self.points = points
      self.dashed = dashed
    }
  }

  /// Title above the plot.
  public var title: String
  /// Label of the horizontal axis.
  public var xLabel: String
  /// Label of the vertical axis.
  public var yLabel: String
  /// The lines.
  public var series: [Series]
  /// Logarithmic (base 2) horizontal axis.
  public var logarithmicX: Bool
  /// The span of the horizontal axis; nil spans the points.
  public var xDomain: ClosedRange<Double>?
  /// Width and height in pixels.
  public var size: (width: Double, height: Double)

  /// A chart; see the properties.
  public init(
    title: String, xLabel: String, yLabel: String, series: [Series], logarithmicX: Bool = false,
    xDomain: ClosedRange<Double>? = nil, size: (width: Double, height: Double) = (640, 400)
  ) {
    self.title = title
    self.xLabel = xLabel
    self.yLabel = yLabel
    self.series = series
    self.logarithmicX = logarithmicX
    self.xDomain = xDomain
    self.size = size
  }

  private static let palette = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b"]

  /// The chart as an `<svg>` element (no XML prologue, so it can be inlined in HTML).
  public func svg() -> String {
    let margin = (left: 70.0, right: 20.0, top: 40.0, bottom: 55.0)
    let plot = (
      width: size.width - margin.left - margin.right, height: size.height - margin.top - margin.bottom
    )
    let points = series.flatMap(\.points)
    let xs =
      xDomain.map { [transformX($0.lowerBound), transformX($0.upperBound)] }
      ?? points.map { transformX($0.x) }
    let xRange = (xs.min() ?? 0, max(xs.max() ?? 1, (xs.min() ?? 0) + 1e-9))
    let yTop = Self.niceCeiling(points.map(\.y).max() ?? 1)
    let yRange = (min(0, points.map(\.y).min() ?? 0), yTop)
    func px(_ x: Double) -> Double {
      margin.left + (transformX(x) - xRange.0) / (xRange.1 - xRange.0) * plot.width
    }
    func py(_ y: Double) -> Double {
      margin.top + plot.height - (y - yRange.0) / (yRange.1 - yRange.0) * plot.height
    }
    var out = """
      <svg xmlns="http://www.w3.org/2000/svg" width="\(f(size.width))" height="\(f(size.height))" \
      viewBox="0 0 \(f(size.width)) \(f(size.height))" font-family="sans-serif" font-size="12">
      <rect width="100%" height="100%" fill="white"/>
      <text x="\(f(size.width / 2))" y="22" text-anchor="middle" font-size="15">\(escape(title))</text>

      """
    out += axisLine(margin.left, margin.top + plot.height, margin.left + plot.width, margin.top + plot.height)
    out += axisLine(margin.left, margin.top, margin.left, margin.top + plot.height)
    for tick in xTicks(xRange) {
      let x = px(tick)
      out += axisLine(x, margin.top + plot.height, x, margin.top + plot.height + 5)
      out +=
        "<text x=\"\(f(x))\" y=\"\(f(margin.top + plot.height + 18))\" text-anchor=\"middle\">\(label(tick))</text>\n"
    }
    for step in 0...5 {
      let value = yRange.0 + (yRange.1 - yRange.0) * Double(step) / 5
      let y = py(value)
      out +=
        "<line x1=\"\(f(margin.left))\" y1=\"\(f(y))\" x2=\"\(f(margin.left + plot.width))\" y2=\"\(f(y))\" stroke=\"#eee\"/>\n"
      out +=
        "<text x=\"\(f(margin.left - 8))\" y=\"\(f(y + 4))\" text-anchor=\"end\">\(label(value))</text>\n"
    }
    out +=
      "<text x=\"\(f(margin.left + plot.width / 2))\" y=\"\(f(size.height - 12))\" text-anchor=\"middle\">\(escape(xLabel))</text>\n"
    out +=
      "<text transform=\"translate(16 \(f(margin.top + plot.height / 2))) rotate(-90)\" text-anchor=\"middle\">\(escape(yLabel))</text>\n"
    for (index, line) in series.enumerated() {
      let colour = Self.palette[index % Self.palette.count]
      let coordinates = line.points.map { "\(f(px($0.x))),\(f(py($0.y)))" }.joined(separator: " ")
      let dash = line.dashed ? " stroke-dasharray=\"6 4\"" : ""
      out +=
        "<polyline fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2\"\(dash) points=\"\(coordinates)\"/>\n"
      for point in line.points where line.points.count <= 60 {
        out += "<circle cx=\"\(f(px(point.x)))\" cy=\"\(f(py(point.y)))\" r=\"2.5\" fill=\"\(colour)\"/>\n"
      }
      let legendY = margin.top + 10 + Double(index) * 18
      out +=
        "<line x1=\"\(f(margin.left + 12))\" y1=\"\(f(legendY))\" x2=\"\(f(margin.left + 36))\" y2=\"\(f(legendY))\" stroke=\"\(colour)\" stroke-width=\"2\"\(dash)/>\n"
      out += "<text x=\"\(f(margin.left + 42))\" y=\"\(f(legendY + 4))\">\(escape(line.name))</text>\n"
    }
    return out + "</svg>\n"
  }

  private func transformX(_ x: Double) -> Double { logarithmicX ? log2(max(x, 1e-12)) : x }

  private func xTicks(_ range: (Double, Double)) -> [Double] {
    if logarithmicX {
      return stride(from: range.0.rounded(.up), through: range.1, by: 1).map { pow(2, $0) }
    }
    let step = Self.niceCeiling((range.1 - range.0) / 6)
    return stride(from: (range.0 / step).rounded(.up) * step, through: range.1 + 1e-9, by: step).map { $0 }
  }

  private static func niceCeiling(_ value: Double) -> Double {
    guard value > 0 else { return 1 }
    let magnitude = pow(10, floor(log10(value)))
    for step in [1.0, 2, 2.5, 5, 10] where step * magnitude >= value { return step * magnitude }
    return 10 * magnitude
  }

  private func axisLine(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double) -> String {
    "<line x1=\"\(f(x1))\" y1=\"\(f(y1))\" x2=\"\(f(x2))\" y2=\"\(f(y2))\" stroke=\"black\"/>\n"
  }

  private func label(_ value: Double) -> String {
    if value == value.rounded() && abs(value) < 1e9 { return String(Int64(value)) }
    return String(format: abs(value) < 10 ? "%.2f" : "%.1f", value)
  }

  private func f(_ value: Double) -> String { String(format: "%.1f", value) }

  private func escape(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
      .replacingOccurrences(of: ">", with: "&gt;")
  }
}
