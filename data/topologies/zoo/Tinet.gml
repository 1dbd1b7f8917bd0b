graph [
  DateObtained "22/10/10"
  GeoLocation "Global"
  GeoExtent "Global"
  Network "Tinet"
  Provenance "Primary"
  Access 0
  Source "http://www.tinet.net/network/network-map"
  Version "1.0"
  Type "COM"
  DateType "Dynamic"
  Backbone 1
  Commercial 0
  label "Tinet"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 0
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "08"
  LastAccess "3/08/10"
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 0
  Transit 1
  NetworkDate "2010_08"
  DateYear "2010"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "New York"
    Country "United States"
    Longitude -74.00597
    Internal 1
    Latitude 40.71427
  ]
  node [
    id 1
    label "?"
    Internal 1
  ]
  node [
    id 2
    label "Montreal"
    Country "Canada"
    Longitude -73.58781
    Internal 1
    Latitude 45.50884
  ]
  node [
    id 3
    label "Boston"
    Country "United States"
    Longitude -71.05977
    Internal 1
    Latitude 42.35843
  ]
  node [
    id 4
    label "London"
    Country "United Kingdom"
    Longitude -0.12574
    Internal 1
    Latitude 51.50853
  ]
  node [
    id 5
    label "Amsterdam"
    Country "Netherlands"
    Longitude 4.88969
    Internal 1
    Latitude 52.37403
  ]
  node [
    id 6
    label "Dublin"
    Country "Ireland"
    Longitude -6.26719
    Internal 1
    Latitude 53.34399
  ]
  node [
    id 7
    label "Manchester"
    Country "United Kingdom"
    Longitude -2.23743
    Internal 1
    Latitude 53.48095
  ]
  node [
    id 8
    label "Dusseldorf"
    Country "Germany"
    Longitude 6.77616
    Internal 1
    Latitude 51.22172
  ]
  node [
    id 9
    label "Antwerp"
    Country "Belgium"
    Longitude 4.41667
    Internal 1
    Latitude 51.21667
  ]
  node [
    id 10
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 11
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 12
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 13
    label "Athens"
    Country "Greece"
    Longitude 23.71622
    Internal 1
    Latitude 37.97945
  ]
  node [
    id 14
    label "Bucharest"
    Country "Romania"
    Longitude 26.10626
    Internal 1
    Latitude 44.43225
  ]
  node [
    id 15
    label "Vienna"
    Country "Austria"
    Longitude 16.37208
    Internal 1
    Latitude 48.20849
  ]
  node [
    id 16
    label "Bratislava"
    Country "Slovakia"
    Longitude 17.10674
    Internal 1
    Latitude 48.14816
  ]
  node [
    id 17
    label "Prague"
    Country "Czech Republic"
    Longitude 14.42076
    Internal 1
    Latitude 50.08804
  ]
  node [
    id 18
    label "Warsaw"
    Country "Poland"
    Longitude 21.01178
    Internal 1
    Latitude 52.22977
  ]
  node [
    id 19
    label "Cagliari"
    Country "Italy"
    Longitude 9.13462
    Internal 1
    Latitude 39.20738
  ]
  node [
    id 20
    label "Rome"
    Country "Italy"
    Longitude 12.4839
    Internal 1
    Latitude 41.89474
  ]
  node [
    id 21
    label "???"
    Country "Germany"
    Longitude 13.41053
    Internal 1
    Latitude 52.52437
  ]
  node [
    id 22
    label "Catania"
    Country "Italy"
    Longitude 15.08719
    Internal 1
    Latitude 37.50213
  ]
  node [
    id 23
    label "Madrid"
    Country "Spain"
    Longitude -3.70256
    Internal 1
    Latitude 40.4165
  ]
  node [
    id 24
    label "Singapore"
    Country "Singapore"
    Longitude 103.85007
    Internal 1
    Latitude 1.28967
  ]
  node [
    id 25
    label "Hamburg"
    Country "Germany"
    Longitude 10.0
    Internal 1
    Latitude 53.55
  ]
  node [
    id 26
    label "Sofia"
    Country "Bulgaria"
    Longitude 23.32415
    Internal 1
    Latitude 42.69751
  ]
  node [
    id 27
    label "Oslo"
    Country "Norway"
    Longitude 10.74609
    Internal 1
    Latitude 59.91273
  ]
  node [
    id 28
    label "Copenhagen"
    Country "Denmark"
    Longitude 12.56553
    Internal 1
    Latitude 55.67594
  ]
  node [
    id 29
    label "Palo Alto"
    Country "United States"
    Longitude -122.14302
    Internal 1
    Latitude 37.44188
  ]
  node [
    id 30
    label "Stockholm"
    Country "Sweden"
    Longitude 18.0649
    Internal 1
    Latitude 59.33258
  ]
  node [
    id 31
    label "Hong Kong"
    Country "Hong Kong"
    Longitude 114.15769
    Internal 1
    Latitude 22.28552
  ]
  node [
    id 32
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 33
    label "Munich"
    Country "Germany"
    Longitude 11.57549
    Internal 1
    Latitude 48.13743
  ]
  node [
    id 34
    label "Frankfurt"
    Country "Germany"
    Longitude 8.68333
    Internal 1
    Latitude 50.11667
  ]
  node [
    id 35
    label "Marseille"
    Country "France"
    Longitude 5.4
    Internal 1
    Latitude 43.3
  ]
  node [
    id 36
    label "Barcelona"
    Country "Spain"
    Longitude 2.15899
    Internal 1
    Latitude 41.38879
  ]
  node [
    id 37
    label "Paris"
    Country "France"
    Longitude 2.3488
    Internal 1
    Latitude 48.85341
  ]
  node [
    id 38
    label "Brussels"
    Country "Belgium"
    Longitude 4.34878
    Internal 1
    Latitude 50.85045
  ]
  node [
    id 39
    label "Basel"
    Country "Switzerland"
    Longitude 7.6
    Internal 1
    Latitude 47.56667
  ]
  node [
    id 40
    label "Zurich"
    Country "Switzerland"
    Longitude 8.55
    Internal 1
    Latitude 47.36667
  ]
  node [
    id 41
    label "Milan"
    Country "Italy"
    Longitude 9.18951
    Internal 1
    Latitude 45.46427
  ]
  node [
    id 42
    label "Turin"
    Country "Italy"
    Longitude 7.68682
    Internal 1
    Latitude 45.07049
  ]
  node [
    id 43
    label "Miami"
    Country "United States"
    Longitude -80.19366
    Internal 1
    Latitude 25.77427
  ]
  node [
    id 44
    label "Toronto"
    Country "Canada"
    Longitude -79.4163
    Internal 1
    Latitude 43.70011
  ]
  node [
    id 45
    label "Seattle"
    Country "United States"
    Longitude -122.33207
    Internal 1
    Latitude 47.60621
  ]
  node [
    id 46
    label "San Jose"
    Country "United States"
    Longitude -121.89496
    Internal 1
    Latitude 37.33939
  ]
  node [
    id 47
    label "Los Angeles"
    Country "United States"
    Longitude -118.24368
    Internal 1
    Latitude 34.05223
  ]
  node [
    id 48
    label "Denver"
    Country "United States"
    Longitude -104.9847
    Internal 1
    Latitude 39.73915
  ]
  node [
    id 49
    label "Chicago"
    Country "United States"
    Longitude -87.65005
    Internal 1
    Latitude 41.85003
  ]
  node [
    id 50
    label "Dallas"
    Country "United States"
    Longitude -96.80667
    Internal 1
    Latitude 32.78306
  ]
  node [
    id 51
    label "Atlanta"
    Country "United States"
    Longitude -84.38798
    Internal 1
    Latitude 33.749
  ]
  node [
    id 52
    label "Washington DC"
    Country "United States"
    Longitude -77.03637
    Internal 1
    Latitude 38.89511
  ]
  edge [
    source 0
    target 1
    id "e24"
  ]
  edge [
    source 0
    target 6
    id "e25"
  ]
  edge [
    source 1
    target 49
    id "e14"
  ]
  edge [
    source 1
    target 10
    id "e26"
  ]
  edge [
    source 1
    target 44
    id "e21"
  ]
  edge [
    source 1
    target 52
    id "e20"
  ]
  edge [
    source 2
    target 3
    id "e22"
  ]
  edge [
    source 2
    target 6
    id "e23"
  ]
  edge [
    source 4
    target 5
    id "e31"
  ]
  edge [
    source 4
    target 6
    id "e27"
  ]
  edge [
    source 4
    target 7
    id "e29"
  ]
  edge [
    source 4
    target 8
    id "e32"
  ]
  edge [
    source 4
    target 38
    id "e33"
  ]
  edge [
    source 4
    target 37
    id "e34"
  ]
  edge [
    source 5
    target 34
    id "e39"
  ]
  edge [
    source 5
    target 7
    id "e30"
  ]
  edge [
    source 5
    target 8
    id "e37"
  ]
  edge [
    source 5
    target 9
    id "e38"
  ]
  edge [
    source 5
    target 27
    id "e36"
  ]
  edge [
    source 5
    target 28
    id "e35"
  ]
  edge [
    source 6
    target 7
    id "e28"
  ]
  edge [
    source 8
    target 34
    id "e43"
  ]
  edge [
    source 8
    target 18
    id "e40"
  ]
  edge [
    source 8
    target 25
    id "e41"
  ]
  edge [
    source 8
    target 30
    id "e42"
  ]
  edge [
    source 9
    target 38
    id "e44"
  ]
  edge [
    source 10
    target 11
    id "e87"
  ]
  edge [
    source 10
    target 12
    id "e88"
  ]
  edge [
    source 11
    target 48
    id "e8"
  ]
  edge [
    source 11
    target 46
    id "e3"
  ]
  edge [
    source 12
    target 48
    id "e9"
  ]
  edge [
    source 12
    target 49
    id "e15"
  ]
  edge [
    source 13
    target 22
    id "e80"
  ]
  edge [
    source 14
    target 34
    id "e67"
  ]
  edge [
    source 14
    target 15
    id "e72"
  ]
  edge [
    source 15
    target 16
    id "e74"
  ]
  edge [
    source 15
    target 33
    id "e71"
  ]
  edge [
    source 15
    target 34
    id "e70"
  ]
  edge [
    source 15
    target 32
    id "e73"
  ]
  edge [
    source 16
    target 17
    id "e75"
  ]
  edge [
    source 17
    target 18
    id "e76"
  ]
  edge [
    source 17
    target 34
    id "e65"
  ]
  edge [
    source 18
    target 34
    id "e66"
  ]
  edge [
    source 19
    target 42
    id "e57"
  ]
  edge [
    source 19
    target 20
    id "e77"
  ]
  edge [
    source 20
    target 21
    id "e78"
  ]
  edge [
    source 20
    target 22
    id "e79"
  ]
  edge [
    source 21
    target 42
    id "e58"
  ]
  edge [
    source 22
    target 41
    id "e61"
  ]
  edge [
    source 23
    target 36
    id "e51"
  ]
  edge [
    source 23
    target 37
    id "e46"
  ]
  edge [
    source 24
    target 35
    id "e55"
  ]
  edge [
    source 24
    target 46
    id "e2"
  ]
  edge [
    source 24
    target 31
    id "e86"
  ]
  edge [
    source 25
    target 28
    id "e82"
  ]
  edge [
    source 26
    target 32
    id "e81"
  ]
  edge [
    source 27
    target 28
    id "e83"
  ]
  edge [
    source 27
    target 30
    id "e85"
  ]
  edge [
    source 28
    target 30
    id "e84"
  ]
  edge [
    source 29
    target 49
    id "e13"
  ]
  edge [
    source 31
    target 46
    id "e5"
  ]
  edge [
    source 31
    target 47
    id "e7"
  ]
  edge [
    source 32
    target 34
    id "e68"
  ]
  edge [
    source 33
    target 34
    id "e69"
  ]
  edge [
    source 33
    target 39
    id "e64"
  ]
  edge [
    source 34
    target 39
    id "e63"
  ]
  edge [
    source 34
    target 41
    id "e60"
  ]
  edge [
    source 34
    target 37
    id "e50"
  ]
  edge [
    source 35
    target 41
    id "e54"
  ]
  edge [
    source 35
    target 42
    id "e53"
  ]
  edge [
    source 35
    target 36
    id "e52"
  ]
  edge [
    source 35
    target 37
    id "e47"
  ]
  edge [
    source 37
    target 38
    id "e45"
  ]
  edge [
    source 37
    target 39
    id "e49"
  ]
  edge [
    source 37
    target 42
    id "e48"
  ]
  edge [
    source 39
    target 40
    id "e62"
  ]
  edge [
    source 40
    target 41
    id "e59"
  ]
  edge [
    source 41
    target 42
    id "e56"
  ]
  edge [
    source 43
    target 51
    id "e17"
  ]
  edge [
    source 43
    target 52
    id "e19"
  ]
  edge [
    source 44
    target 45
    id "e1"
  ]
  edge [
    source 44
    target 49
    id "e12"
  ]
  edge [
    source 45
    target 46
    id "e0"
  ]
  edge [
    source 46
    target 47
    id "e4"
  ]
  edge [
    source 47
    target 50
    id "e6"
  ]
  edge [
    source 49
    target 50
    id "e10"
  ]
  edge [
    source 49
    target 52
    id "e11"
  ]
  edge [
    source 50
    target 51
    id "e16"
  ]
  edge [
    source 51
    target 52
    id "e18"
  ]
]
