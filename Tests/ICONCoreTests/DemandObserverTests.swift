import Foundation
import ICONCore
import Testing

@Suite struct DemandObserverTests {
  @Test func firstFoldStartsTheClockAndLaterFoldsSmoothExponentially() {
    var observer = DemandObserver()
    observer.fold(now: .zero, window: .seconds(10))
    observer.record(TrafficSample(subnet: "a", requests: 100, totalLatency: 2_000))
    observer.fold(now: .seconds(10), window: .seconds(10))
    let alpha = 1 - exp(-1.0)
    let first = observer.observations["a"]!
    #expect(abs(first.rate - alpha * 10) < 1e-9)
    #expect(first.latency == 20)

    observer.record(TrafficSample(subnet: "a", requests: 100, totalLatency: 4_000))
    observer.fold(now: .seconds(20), window: .seconds(10))
    let second = observer.observations["a"]!
    #expect(abs(second.rate - (first.rate + alpha * (10 - first.rate))) < 1e-9)
    #expect(abs(second.latency - (20 + alpha * 20)) < 1e-9)
  }

  @Test func flickeringDemandIsDamped() {
    var observer = DemandObserver()
    observer.fold(now: .zero, window: .seconds(30))
    for second in 1...60 {
      observer.record(
        TrafficSample(subnet: "a", requests: second.isMultiple(of: 2) ? 20 : 0, totalLatency: 0))
      observer.fold(now: .seconds(Double(second)), window: .seconds(30))
    }
    let rate = observer.observations["a"]!.rate
    #expect(rate > 7 && rate < 10)
  }

  @Test func silentSubnetsFadeAwayAndForgottenOnesAreGone() {
    var observer = DemandObserver()
    observer.fold(now: .zero, window: .seconds(1))
    observer.record(TrafficSample(subnet: "a", requests: 10, totalLatency: 10))
    observer.record(TrafficSample(subnet: "b", requests: 10, totalLatency: 10))
    observer.fold(now: .seconds(1), window: .seconds(1))
    observer.forget(["b"])
    #expect(observer.observations.keys.sorted() == ["a"])
    observer.fold(now: .seconds(100), window: .seconds(1))
    #expect(observer.observations.isEmpty)
  }
}
