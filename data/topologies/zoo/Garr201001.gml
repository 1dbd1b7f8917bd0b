graph [
  DateObtained "21/10/10"
  GeoLocation "Italy"
  GeoExtent "Country"
  Network "GARR"
  Provenance "Primary"
  Note "New GARR-X functionality roll-out, experimental or testbed? Names from http://www.noc.garr.it/mappe/ and http://www.garr.it/stampaGARR/netbul/netbul0710.php CO unclear, appears to be Milan-Colombo PoP"
  Source "http://www.garr.it/index.php/rete/infrastruttura-di-rete/mappa-della-rete/48"
  Version "1.0"
  Type "REN"
  DateType "Historic"
  Backbone 1
  Commercial 0
  label "Garr201001"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 0
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "01"
  LastAccess "21/10/10"
  Access 0
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 1
  Transit 1
  NetworkDate "2010_01"
  DateYear "2010"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "Svizzera"
    Internal 0
  ]
  node [
    id 1
    label "CA"
    Country "Italy"
    Longitude 9.13462
    Internal 1
    Latitude 39.20738
  ]
  node [
    id 2
    label "Global Crossing"
    Internal 0
  ]
  node [
    id 3
    label "GEANT"
    Internal 0
  ]
  node [
    id 4
    label "CA-1"
    Country "Italy"
    Longitude 9.13462
    Internal 1
    Latitude 39.20738
  ]
  node [
    id 5
    label "NAMEX"
    Internal 0
  ]
  node [
    id 6
    label "AQ-1"
    Country "Italy"
    Longitude 13.39954
    Internal 1
    Latitude 42.35055
  ]
  node [
    id 7
    label "SS"
    Country "Italy"
    Longitude 8.56028
    Internal 1
    Latitude 40.72722
  ]
  node [
    id 8
    label "RM-1"
    Country "Italy"
    Longitude 12.4839
    Internal 1
    Latitude 41.89474
  ]
  node [
    id 9
    label "PG"
    Country "Italy"
    Longitude 12.38286
    Internal 1
    Latitude 43.09674
  ]
  node [
    id 10
    label "CZ"
    Country "Italy"
    Longitude 16.5987
    Internal 1
    Latitude 38.89079
  ]
  node [
    id 11
    label "TIX"
    Internal 0
  ]
  node [
    id 12
    label "BO"
    Country "Italy"
    Longitude 11.33875
    Internal 1
    Latitude 44.49381
  ]
  node [
    id 13
    label "MI-3"
    Country "Italy"
    Longitude 9.18951
    Internal 1
    Latitude 45.46427
  ]
  node [
    id 14
    label "VSIX"
    Internal 0
  ]
  node [
    id 15
    label "TS-1"
    Country "Italy"
    Longitude 13.78
    Internal 1
    Latitude 45.64861
  ]
  node [
    id 16
    label "NA"
    Country "Italy"
    Longitude 14.25
    Internal 1
    Latitude 40.83333
  ]
  node [
    id 17
    label "ME"
    Country "Italy"
    Longitude 15.54969
    Internal 1
    Latitude 38.19327
  ]
  node [
    id 18
    label "CS"
    Country "Italy"
    Longitude 16.25019
    Internal 1
    Latitude 39.30999
  ]
  node [
    id 19
    label "CT"
    Country "Italy"
    Longitude 15.08719
    Internal 1
    Latitude 37.50213
  ]
  node [
    id 20
    label "PA"
    Country "Italy"
    Longitude 13.35976
    Internal 1
    Latitude 38.11582
  ]
  node [
    id 21
    label "EUMED CONNECT"
    Internal 0
  ]
  node [
    id 22
    label "MIX    "
    Internal 0
  ]
  node [
    id 23
    label "TELIA"
    Internal 0
  ]
  node [
    id 24
    label "FI"
    Country "Italy"
    Longitude 11.25
    Internal 1
    Latitude 43.76667
  ]
  node [
    id 25
    label "Fi"
    Country "Italy"
    Longitude 11.25
    Internal 1
    Latitude 43.76667
  ]
  node [
    id 26
    label "VE"
    Country "Italy"
    Longitude 12.32667
    Internal 1
    Latitude 45.43861
  ]
  node [
    id 27
    label "PD"
    Country "Italy"
    Longitude 11.88181
    Internal 1
    Latitude 45.41519
  ]
  node [
    id 28
    label "MI-1"
    Country "Italy"
    Longitude 9.18951
    Internal 1
    Latitude 45.46427
  ]
  node [
    id 29
    label "TN"
    Country "Italy"
    Longitude 11.12108
    Internal 1
    Latitude 46.06787
  ]
  node [
    id 30
    label "MI-2"
    Country "Italy"
    Longitude 9.18951
    Internal 1
    Latitude 45.46427
  ]
  node [
    id 31
    label "CO"
    Country "Italy"
    Longitude 9.18951
    Internal 1
    Latitude 45.46427
  ]
  node [
    id 32
    label "GE"
    Country "Italy"
    Longitude 8.93386
    Internal 1
    Latitude 44.40632
  ]
  node [
    id 33
    label "TO"
    Country "Italy"
    Longitude 7.68682
    Internal 1
    Latitude 45.07049
  ]
  node [
    id 34
    label "SA"
    Country "Italy"
    Longitude 14.76599
    Internal 1
    Latitude 40.67797
  ]
  node [
    id 35
    label "PZ"
    Country "Italy"
    Longitude 15.80857
    Internal 1
    Latitude 40.64432
  ]
  node [
    id 36
    label "CB"
    Country "Italy"
    Longitude 14.66753
    Internal 1
    Latitude 41.56003
  ]
  node [
    id 37
    label "FRA"
    Country "Italy"
    Longitude 12.66868
    Internal 1
    Latitude 41.81632
  ]
  node [
    id 38
    label "AQ"
    Country "Italy"
    Longitude 13.39954
    Internal 1
    Latitude 42.35055
  ]
  node [
    id 39
    label "AN"
    Country "Italy"
    Longitude 13.51008
    Internal 1
    Latitude 43.59816
  ]
  node [
    id 40
    label "MT"
    Country "Italy"
    Longitude 16.60158
    Internal 1
    Latitude 40.66852
  ]
  node [
    id 41
    label "LE"
    Country "Italy"
    Longitude 18.17202
    Internal 1
    Latitude 40.35703
  ]
  node [
    id 42
    label "BA"
    Country "Italy"
    Longitude 16.85118
    Internal 1
    Latitude 41.11773
  ]
  node [
    id 43
    label "FG"
    Country "Italy"
    Longitude 15.54925
    Internal 1
    Latitude 41.46093
  ]
  node [
    id 44
    label "Google"
    Internal 0
  ]
  node [
    id 45
    label "GEANT"
    Internal 0
  ]
  node [
    id 46
    label "MI-5"
    Country "Italy"
    Longitude 9.18951
    Internal 1
    Latitude 45.46427
  ]
  node [
    id 47
    label "TO-PIX"
    Internal 0
  ]
  node [
    id 48
    label "RM-2"
    Country "Italy"
    Longitude 12.4839
    Internal 1
    Latitude 41.89474
  ]
  node [
    id 49
    label "Mi-4"
    Country "Italy"
    Longitude 9.18951
    Internal 1
    Latitude 45.46427
  ]
  node [
    id 50
    label "Fe"
    Country "Italy"
    Longitude 11.62071
    Internal 1
    Latitude 44.82678
  ]
  node [
    id 51
    label "Pv"
    Country "Italy"
    Longitude 9.16145
    Internal 1
    Latitude 45.18446
  ]
  node [
    id 52
    label "PI"
    Country "Italy"
    Longitude 10.39659
    Internal 1
    Latitude 43.71553
  ]
  node [
    id 53
    label "Ur"
    Country "Italy"
    Longitude 12.63633
    Internal 1
    Latitude 43.72621
  ]
  edge [
    source 0
    target 28
    LinkLabel "Fibre ottica spenta (Dark Fibre)"
  ]
  edge [
    source 1
    target 4
    LinkLabel "Fibre ottica spenta (Dark Fibre)"
  ]
  edge [
    source 2
    target 28
    LinkSpeed "5"
    LinkNote "Peering,  "
    LinkLabel "Peering, 5 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 5000000000.0
  ]
  edge [
    source 3
    target 30
    LinkSpeed "2.5"
    LinkLabel "2.5 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 4
    target 8
    LinkSpeed "2.5"
    LinkLabel "2.5 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 4
    target 48
    LinkSpeed "2.5"
    LinkLabel "2.5 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 4
    target 7
    LinkSpeed "622"
    LinkLabel "622 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 622000000.0
  ]
  edge [
    source 5
    target 48
    LinkSpeed "13"
    LinkNote "Peering,  "
    LinkLabel "Peering, 13 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 13000000000.0
  ]
  edge [
    source 6
    target 48
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 6
    target 38
    LinkSpeed "34"
    LinkLabel "34 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 34000000.0
  ]
  edge [
    source 8
    target 37
    LinkSpeed "2.5"
    LinkLabel "2.5 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 8
    target 38
    LinkSpeed "622"
    LinkLabel "622 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 622000000.0
  ]
  edge [
    source 8
    target 39
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 8
    target 9
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 8
    target 48
    LinkLabel "Fibre ottica spenta (Dark Fibre)"
  ]
  edge [
    source 8
    target 19
    LinkSpeed "2.5"
    LinkLabel "2.5 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 10
    target 18
    LinkSpeed "100"
    LinkLabel "100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 11
    target 24
    LinkSpeed "1"
    LinkNote "Peering,  "
    LinkLabel "Peering, 1 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 12
    target 39
    LinkSpeed "1"
    LinkLabel "1 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 12
    target 42
    LinkSpeed "2.5"
    LinkLabel "2.5 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 12
    target 48
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 12
    target 50
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 12
    target 24
    LinkSpeed "2.5"
    LinkLabel "2.5 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 12
    target 27
    LinkSpeed "2.5"
    LinkLabel "2.5 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 12
    target 28
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 13
    target 46
    LinkSpeed "1"
    LinkLabel "1 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 13
    target 51
    LinkSpeed "1"
    LinkLabel "1 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 13
    target 28
    LinkLabel "Fibre ottica spenta (Dark Fibre)"
  ]
  edge [
    source 13
    target 29
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 13
    target 30
    LinkLabel "Fibre ottica spenta (Dark Fibre)"
  ]
  edge [
    source 14
    target 27
    LinkSpeed "1"
    LinkNote "Peering,  "
    LinkLabel "Peering, 1 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 15
    target 49
    LinkSpeed "2.5"
    LinkLabel "2.5 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 15
    target 27
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 16
    target 48
    LinkSpeed "2.5"
    LinkLabel "2.5 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 16
    target 34
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 16
    target 19
    LinkSpeed "2.5"
    LinkLabel "2.5 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 16
    target 36
    LinkSpeed "34"
    LinkLabel "34 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 34000000.0
  ]
  edge [
    source 16
    target 42
    LinkSpeed "2.5"
    LinkLabel "2.5 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 17
    target 19
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 18
    target 19
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 19
    target 20
    LinkSpeed "622"
    LinkLabel "622 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 622000000.0
  ]
  edge [
    source 19
    target 21
    LinkSpeed "1"
    LinkLabel "1 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 22
    target 30
    LinkSpeed "4"
    LinkNote "Peering, "
    LinkLabel "Peering, 4Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 4000000000.0
  ]
  edge [
    source 23
    target 30
    LinkSpeed "5"
    LinkNote "Peering,  "
    LinkLabel "Peering, 5 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 5000000000.0
  ]
  edge [
    source 24
    target 25
    LinkSpeed "34"
    LinkLabel "34 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 34000000.0
  ]
  edge [
    source 24
    target 52
    LinkSpeed "2.5"
    LinkLabel "2.5 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 26
    target 27
    LinkSpeed "622"
    LinkLabel "622 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 622000000.0
  ]
  edge [
    source 27
    target 28
    LinkSpeed "2.5"
    LinkLabel "2.5 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 28
    target 45
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 28
    target 49
    LinkLabel "Fibre ottica spenta (Dark Fibre)"
  ]
  edge [
    source 28
    target 30
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 30
    target 32
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 30
    target 33
    LinkSpeed "2.5"
    LinkLabel "2.5 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 30
    target 44
    LinkSpeed "2"
    LinkNote "Peering,  "
    LinkLabel "Peering, 2 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2000000000.0
  ]
  edge [
    source 30
    target 48
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 30
    target 49
    LinkSpeed "2.5"
    LinkLabel "2.5 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 30
    target 31
    LinkLabel "Fibre ottica spenta (Dark Fibre)"
  ]
  edge [
    source 31
    target 49
    LinkLabel "Fibre ottica spenta (Dark Fibre)"
  ]
  edge [
    source 32
    target 52
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 33
    target 52
    LinkSpeed "2.5"
    LinkLabel "2.5 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 33
    target 47
    LinkSpeed "1"
    LinkNote "Peering,  "
    LinkLabel "Peering, 1 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 35
    target 42
    LinkSpeed "622"
    LinkLabel "622 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 622000000.0
  ]
  edge [
    source 37
    target 48
    LinkSpeed "2.5"
    LinkLabel "2.5 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 39
    target 53
    LinkSpeed "622"
    LinkLabel "622 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 622000000.0
  ]
  edge [
    source 40
    target 42
    LinkSpeed "622"
    LinkLabel "622 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 622000000.0
  ]
  edge [
    source 41
    target 42
    LinkSpeed "622"
    LinkLabel "622 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 622000000.0
  ]
  edge [
    source 42
    target 43
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 48
    target 52
    LinkSpeed "2.5"
    LinkLabel "2.5 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
]
