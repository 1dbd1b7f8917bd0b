import Foundation
import ICONCore
import Testing

@Suite struct DemandObserverTests {
  @Test func aNewSubnetStartsAtWhatWasSeenAndLaterFoldsSmoothExponentially() {
    var observer = DemandObserver()
    observer.fold(now: .zero, window: .seconds(10))
    observer.record(TrafficSample(subnet: "a", requests: 100, totalLatency: 2_000))
    observer.fold(now: .seconds(10), window: .seconds(10))
    #expect(observer.observations["a"] == SubnetObservation(rate: 10, latency: 20))

    let alpha = 1 - exp(-1.0)
    observer.record(TrafficSample(subnet: "a", requests: 300, totalLatency: 12_000))
    observer.fold(now: .seconds(20), window: .seconds(10))
    let second = observer.observations["a"]!
    #expect(abs(second.rate - (10 + alpha * 20)) < 1e-9)
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
    // it starts at 20 (the first second it is seen) and settles near the mean of 10
    #expect(abs(rate - 10) < 2)
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

  /// A sparse subnet that goes quiet fades like any other until it has been silent for a whole window;
  /// then it is gone at once, as a new one counts at once. One request inside the window keeps it.
  @Test func aSparseSubnetSilentForAWholeWindowIsGoneAtOnce() {
    var observer = DemandObserver()
    observer.fold(now: .zero, window: .seconds(4))
    for second in 1...4 {
      observer.record(TrafficSample(subnet: "gone", requests: 1, totalLatency: 1))
      observer.record(TrafficSample(subnet: "slow", requests: 1, totalLatency: 1))
      observer.fold(now: .seconds(Double(second)), window: .seconds(4))
    }
    // three silent seconds (three requests missed): faded, not gone
    for second in 5...7 {
      if second == 6 { observer.record(TrafficSample(subnet: "slow", requests: 1, totalLatency: 1)) }
      observer.fold(now: .seconds(Double(second)), window: .seconds(4))
    }
    let faded = observer.observations["gone"]?.rate ?? 0
    #expect(faded > 0.2 && faded < 1)
    // the fourth silent second completes the window: gone, while one request two seconds ago kept the other
    observer.fold(now: .seconds(8), window: .seconds(4))
    #expect(observer.observations["gone"] == nil)
    #expect((observer.observations["slow"]?.rate ?? 0) > 0.2)
    #expect(observer.subnets == ["slow"])
  }

  /// A busy, steady subnet that goes quiet is gone once its silence is as long as its rate would take
  /// to send ten requests (a quarter of a second at 40 req/s), long before the window ends; a subnet as
  /// busy that keeps sending stays.
  @Test func aBusySubnetIsGoneOnceItHasMissedTenRequests() {
    var observer = DemandObserver()
    let window = Duration.seconds(4)
    observer.fold(now: .zero, window: window)
    for tenth in 1...50 {
      observer.record(TrafficSample(subnet: "gone", requests: 4, totalLatency: 4))
      observer.record(TrafficSample(subnet: "kept", requests: 4, totalLatency: 4))
      observer.fold(now: .seconds(Double(tenth) / 10), window: window)
    }
    for tenth in 51...52 {
      observer.record(TrafficSample(subnet: "kept", requests: 4, totalLatency: 4))
      observer.fold(now: .seconds(Double(tenth) / 10), window: window)
    }
    // 0.2 s of silence, about 7.6 requests missed at the smoothed rate: still counted
    #expect((observer.observations["gone"]?.rate ?? 0) > 30)
    observer.record(TrafficSample(subnet: "kept", requests: 4, totalLatency: 4))
    observer.fold(now: .seconds(5.3), window: window)
    // 0.3 s, about 11 requests: gone
    #expect(observer.observations["gone"] == nil)
    #expect(observer.subnets == ["kept"])
  }

  /// Only a steady subnet is judged by the requests it missed: one observed for less than a window, or
  /// one that has been as silent before and came back, counts until its silence is a whole window.
  @Test func aNewOrBurstySubnetIsNotJudgedByTheRequestsItMissed() {
    #expect(DemandObserver.hasGone(silence: 0.3, rate: 40, window: 4, observed: 5, longestGap: 0.1))
    #expect(!DemandObserver.hasGone(silence: 0.2, rate: 40, window: 4, observed: 5, longestGap: 0))
    #expect(!DemandObserver.hasGone(silence: 0.3, rate: 40, window: 4, observed: 3, longestGap: 0))
    #expect(!DemandObserver.hasGone(silence: 3, rate: 40, window: 4, observed: 50, longestGap: 1.5))
    #expect(DemandObserver.hasGone(silence: 4, rate: 40, window: 4, observed: 50, longestGap: 3))
    #expect(DemandObserver.hasGone(silence: 4, rate: 0.1, window: 4, observed: 0, longestGap: 0))
    // a subnet sending every other second, observed long enough: its silent seconds are no departure
    var observer = DemandObserver()
    observer.fold(now: .zero, window: .seconds(4))
    for second in 1...20 {
      if second.isMultiple(of: 2) {
        observer.record(TrafficSample(subnet: "a", requests: 40, totalLatency: 40))
      }
      observer.fold(now: .seconds(Double(second)), window: .seconds(4))
      #expect(second < 2 || observer.observations["a"] != nil, "second \(second)")
    }
  }

  /// A steady subnet silent since its latest requests for three requests' worth of time, and longer than
  /// any gap it had before, is quiet: the placement of new clients leaves it out of the demand it weighs
  /// while it still counts (it is not gone); a new subnet, or one as silent before, is not quiet so
  /// soon. Silence is counted from the fold that brought the latest requests up to the moment asked
  /// about, not only up to the last fold; a batch's requests may have come any time since the fold
  /// before it, so a subnet fed in batches has gaps as long as a batch's span and is not quiet before
  /// its next batch is late.
  @Test func aSteadySubnetThatMissedThreeRequestsIsLeftOutOfTheSendingDemand() {
    var observer = DemandObserver()
    let window = Duration.seconds(2)
    func sample(_ subnet: SubnetID, _ requests: Int) -> TrafficSample {
      TrafficSample(subnet: subnet, requests: requests, totalLatency: Double(requests))
    }
    func sending(at seconds: Double) -> [SubnetID] {
      observer.sendingDemand(now: .seconds(seconds), window: window).map(\.subnet)
    }
    observer.fold(now: .zero, window: window)
    for tenth in 1...30 {
      let batch = [sample("bursty", tenth.isMultiple(of: 3) ? 12 : 0), sample("steady", 4)]
      observer.record(batch)
      observer.fold(now: .seconds(Double(tenth) / 10), window: window)
    }
    observer.record([sample("new", 4), sample("steady", 4)])
    observer.fold(now: .seconds(3.1), window: window)
    #expect(sending(at: 3.1) == ["bursty", "new", "steady"])
    // 80 ms without requests, three requests' time at 40 req/s, but steady's next batch is not due yet
    #expect(sending(at: 3.18) == ["bursty", "new", "steady"])
    // one batch without steady: a silence as long as the span of its batches, not longer
    observer.record([sample("new", 4)])
    observer.fold(now: .seconds(3.2), window: window)
    #expect(sending(at: 3.2) == ["bursty", "new", "steady"])
    // 150 ms: its next batch is late, and six requests' time has passed: steady is quiet; new has not
    // been observed for a window, and bursty has been as silent before
    #expect(sending(at: 3.25) == ["bursty", "new"])
    #expect((observer.observations["steady"]?.rate ?? 0) > 30)
    // samples not folded yet count as sending
    observer.record([sample("steady", 4)])
    #expect(sending(at: 3.3) == ["bursty", "new", "steady"])
    observer.fold(now: .seconds(3.3), window: window)
    #expect(sending(at: 3.3) == ["bursty", "new", "steady"])
  }

  @Test func theSortedSubnetListAndItsVersionFollowTheObservedSubnets() {
    var observer = DemandObserver()
    observer.fold(now: .zero, window: .seconds(1))
    for subnet in ["c", "a", "b"] {
      observer.record(TrafficSample(subnet: SubnetID(subnet), requests: 10, totalLatency: 10))
    }
    observer.fold(now: .seconds(1), window: .seconds(1))
    #expect(observer.subnets == ["a", "b", "c"])
    let version = observer.subnetsVersion
    for subnet in ["c", "a", "b"] {
      observer.record(TrafficSample(subnet: SubnetID(subnet), requests: 10, totalLatency: 10))
    }
    observer.fold(now: .seconds(2), window: .seconds(1))
    #expect(observer.subnetsVersion == version, "the same subnets again change nothing")
    observer.forget(["b"])
    #expect(observer.subnets == ["a", "c"])
    #expect(observer.subnetsVersion > version)
    observer.record(TrafficSample(subnet: "d", requests: 10, totalLatency: 10))
    observer.fold(now: .seconds(100), window: .seconds(1))
    #expect(observer.subnets == ["d"], "a and c faded away, d is new")
    #expect(observer.subnets == observer.observations.keys.sorted())
  }

  @Test func relocatingReplacesObservedLatenciesWithTheNewSitesEstimates() {
    var observer = DemandObserver()
    observer.fold(now: .zero, window: .seconds(10))
    observer.record(TrafficSample(subnet: "a", requests: 10, totalLatency: 500))
    observer.record(TrafficSample(subnet: "b", requests: 10, totalLatency: 500))
    observer.fold(now: .seconds(1), window: .seconds(10))
    observer.record(TrafficSample(subnet: "a", requests: 10, totalLatency: 500))
    observer.relocate { $0 == "a" ? 2 : nil }
    #expect(observer.observations["a"]?.latency == 2)
    #expect(observer.observations["b"]?.latency == 50, "no estimate: kept")
    observer.fold(now: .seconds(2), window: .seconds(10))
    #expect(observer.observations["a"]?.latency == 2, "the unfolded sample was moved too")
  }

  @Test func lookupsByPositionAndBySubnetAgreeWithTheObservations() {
    var observer = DemandObserver()
    observer.fold(now: .zero, window: .seconds(10))
    for (subnet, requests) in [("c", 30), ("a", 10), ("b", 20)] {
      observer.record(TrafficSample(subnet: SubnetID(subnet), requests: requests, totalLatency: 100))
    }
    observer.fold(now: .seconds(1), window: .seconds(10))
    observer.record(TrafficSample(subnet: "b", requests: 40, totalLatency: 100))
    observer.record(TrafficSample(subnet: "d", requests: 50, totalLatency: 100))
    observer.fold(now: .seconds(2), window: .seconds(10))
    #expect(observer.subnets == ["a", "b", "c", "d"])
    for (position, subnet) in observer.subnets.enumerated() {
      #expect(observer.observation(at: position) == observer.observations[subnet])
      #expect(observer.observation(of: subnet) == observer.observations[subnet])
    }
    #expect(observer.observation(of: "d") == SubnetObservation(rate: 50, latency: 2))
    #expect(observer.observation(of: "e") == nil)
  }

  @Test func samplesOfForgottenSubnetsAreNotFolded() {
    var observer = DemandObserver()
    observer.fold(now: .zero, window: .seconds(10))
    observer.record(TrafficSample(subnet: "a", requests: 10, totalLatency: 100))
    observer.record(TrafficSample(subnet: "b", requests: 0, totalLatency: 0))
    observer.forget(["a"])
    observer.fold(now: .seconds(1), window: .seconds(10))
    #expect(observer.subnets.isEmpty, "a new subnet forgotten before its first fold")
    observer.record(TrafficSample(subnet: "a", requests: 10, totalLatency: 100))
    observer.fold(now: .seconds(2), window: .seconds(10))
    #expect(observer.subnets == ["a"])
    observer.record(TrafficSample(subnet: "a", requests: 10, totalLatency: 100))
    observer.forget(["a"])
    observer.fold(now: .seconds(3), window: .seconds(10))
    #expect(observer.subnets.isEmpty, "an observed subnet forgotten with its samples")
  }
}
