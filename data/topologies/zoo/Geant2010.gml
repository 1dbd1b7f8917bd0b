graph [
  DateObtained "11/10/10"
  GeoLocation "Europe"
  GeoExtent "Continent"
  Network "GEANT"
  Provenance "Primary"
  Access 0
  Source "http://www.geant.net/Network/NetworkTopology/pages/home.aspx"
  Version "1.0"
  DateType "Current"
  Type "REN"
  Backbone 1
  Commercial 0
  label "Geant2010"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 0
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "08"
  LastAccess "3/08/10"
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 1
  Transit 1
  NetworkDate "2010_08"
  DateYear "2010"
  LastProcessed "2011_09_01"
  Testbed 1
  node [
    id 0
    label "NL"
    Country "Netherlands"
    Longitude 4.88969
    Internal 1
    Latitude 52.37403
    type "Fully Featured"
  ]
  node [
    id 1
    label "BE"
    Country "Belgium"
    Longitude 4.34878
    Internal 1
    Latitude 50.85045
    type "Routerless"
  ]
  node [
    id 2
    label "DK"
    Country "Denmark"
    Longitude 12.56553
    Internal 1
    Latitude 55.67594
    type "Fully Featured"
  ]
  node [
    id 3
    label "PL"
    Country "Poland"
    Longitude 16.96667
    Internal 1
    Latitude 52.41667
    type "Off fibre net"
  ]
  node [
    id 4
    label "DE"
    Country "Germany"
    Longitude 8.68333
    Internal 1
    Latitude 50.11667
    type "Fully Featured"
  ]
  node [
    id 5
    label "CZ"
    Country "Czech Republic"
    Longitude 14.42076
    Internal 1
    Latitude 50.08804
    type "Fully Featured"
  ]
  node [
    id 6
    label "LU"
    Country "Luxembourg"
    Longitude 6.13
    Internal 1
    Latitude 49.61167
    type "Routerless Off Fibre net"
  ]
  node [
    id 7
    label "FR"
    Country "France"
    Longitude 2.3488
    Internal 1
    Latitude 48.85341
    type "Fully Featured"
  ]
  node [
    id 8
    label "CH"
    Country "Switzerland"
    Longitude 7.44744
    Internal 1
    Latitude 46.94809
    type "Fully Featured"
  ]
  node [
    id 9
    label "IT"
    Country "Italy"
    Longitude 9.18951
    Internal 1
    Latitude 45.46427
    type "Fully Featured"
  ]
  node [
    id 10
    label "BG"
    Country "Bulgaria"
    Longitude 23.32415
    Internal 1
    Latitude 42.69751
    type "IP/MPLS only"
  ]
  node [
    id 11
    label "RO"
    Country "Romania"
    Longitude 26.10626
    Internal 1
    Latitude 44.43225
    type "IP/MPLS only"
  ]
  node [
    id 12
    label "TR"
    geocode_country "Turkey"
    Country "Turkey"
    Longitude 34.91155
    Internal 1
    Latitude 39.05901
    type "NREN POPs"
  ]
  node [
    id 13
    label "GR"
    Country "Greece"
    Longitude 23.71622
    Internal 1
    Latitude 37.97945
    type "Off fibre net"
  ]
  node [
    id 14
    label "CY"
    Country "Cyprus"
    Longitude 33.36667
    Internal 1
    Latitude 35.16667
    type "NREN POPs"
  ]
  node [
    id 15
    label "IL"
    geocode_country "Israel"
    Country "Israel"
    Longitude 34.75
    Internal 1
    Latitude 31.5
    type "NREN POPs"
  ]
  node [
    id 16
    label "MT"
    Country "Malta"
    Longitude 14.42556
    Internal 1
    Latitude 35.90917
    type "NREN POPs"
  ]
  node [
    id 17
    label "MK"
    Country "Macedonia"
    Longitude 21.43333
    Internal 1
    Latitude 42.0
    type "NREN POPs"
  ]
  node [
    id 18
    label "ME"
    Country "Montenegro"
    Longitude 19.26361
    Internal 1
    Latitude 42.44111
    type "NREN POPs"
  ]
  node [
    id 19
    label "HU"
    Country "Hungary"
    Longitude 19.03991
    Internal 1
    Latitude 47.49801
    type "Fully Featured"
  ]
  node [
    id 20
    label "SK"
    Country "Slovakia"
    Longitude 17.10674
    Internal 1
    Latitude 48.14816
    type "Routerless"
  ]
  node [
    id 21
    label "PT"
    Country "Portugal"
    Longitude -9.13333
    Internal 1
    Latitude 38.71667
    type "Routerless Off Fibre net"
  ]
  node [
    id 22
    label "ES"
    Country "Spain"
    Longitude -3.70256
    Internal 1
    Latitude 40.4165
    type "Fully Featured"
  ]
  node [
    id 23
    label "RS"
    Country "Serbia"
    Longitude 20.46513
    Internal 1
    Latitude 44.80401
    type "NREN POPs"
  ]
  node [
    id 24
    label "HR"
    Country "Croatia"
    Longitude 15.97798
    Internal 1
    Latitude 45.81444
    type "Routerless"
  ]
  node [
    id 25
    label "SL"
    Country "Slovenia"
    Longitude 14.50513
    Internal 1
    Latitude 46.05108
    type "Routerless"
  ]
  node [
    id 26
    label "AT"
    Country "Austria"
    Longitude 16.37208
    Internal 1
    Latitude 48.20849
    type "Fully Featured"
  ]
  node [
    id 27
    label "LT"
    Country "Lithuania"
    Longitude 23.9
    Internal 1
    Latitude 54.9
    type "IP/MPLS only"
  ]
  node [
    id 28
    label "RU"
    Country "Russia"
    Longitude 37.61556
    Internal 1
    geocode_id "524901"
    Latitude 55.75222
    type "Routerless Off Fibre net"
  ]
  node [
    id 29
    label "IS"
    Country "Iceland"
    Longitude -21.89541
    Internal 1
    Latitude 64.13548
    type "NORDUnet"
  ]
  node [
    id 30
    label "IE"
    Country "Ireland"
    Longitude -6.26719
    Internal 1
    Latitude 53.34399
    type "Routerless"
  ]
  node [
    id 31
    label "UK"
    Country "United Kingdom"
    Longitude -0.12574
    Internal 1
    Latitude 51.50853
    type "Fully Featured"
  ]
  node [
    id 32
    label "NO"
    geocode_country "Norway"
    Country "Norway"
    Longitude 10.0
    Internal 1
    Latitude 62.0
    type "NORDUnet"
  ]
  node [
    id 33
    label "SE"
    Country "Sweden"
    Longitude 18.0649
    Internal 1
    Latitude 59.33258
    type "NORDUnet"
  ]
  node [
    id 34
    label "FI"
    Country "Finland"
    Longitude 22.26869
    Internal 1
    Latitude 60.45148
    type "NORDUnet"
  ]
  node [
    id 35
    label "EE"
    Country "Estonia"
    Longitude 24.75353
    Internal 1
    Latitude 59.43696
    type "IP/MPLS only"
  ]
  node [
    id 36
    label "LV"
    Country "Latvia"
    Longitude 24.10589
    Internal 1
    Latitude 56.946
    type "IP/MPLS only"
  ]
  edge [
    source 0
    target 1
    LinkType "Fibre"
    LinkLabel "Lit Fibre"
    LinkNote "Lit "
  ]
  edge [
    source 0
    target 2
    LinkType "Fibre"
    LinkLabel "Lit Fibre"
    LinkNote "Lit "
  ]
  edge [
    source 0
    target 4
    LinkType "Fibre"
    LinkLabel "Lit Fibre"
    LinkNote "Lit "
  ]
  edge [
    source 1
    target 31
    LinkType "Fibre"
    LinkLabel "Lit Fibre"
    LinkNote "Lit "
  ]
  edge [
    source 2
    target 33
    LinkType "Fibre"
    LinkLabel "Lit Fibre"
    LinkNote "Lit "
  ]
  edge [
    source 2
    target 35
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 2
    target 4
    LinkType "Fibre"
    LinkLabel "Lit Fibre"
    LinkNote "Lit "
  ]
  edge [
    source 2
    target 32
    LinkType "Fibre"
    LinkLabel "Lit Fibre"
    LinkNote "Lit "
  ]
  edge [
    source 2
    target 28
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 2
    target 29
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 3
    target 27
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 3
    target 4
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 3
    target 5
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 4
    target 5
    LinkType "Fibre"
    LinkLabel "Lit Fibre"
    LinkNote "Lit "
  ]
  edge [
    source 4
    target 6
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 4
    target 8
    LinkType "Fibre"
    LinkLabel "Lit Fibre"
    LinkNote "Lit "
  ]
  edge [
    source 4
    target 15
    LinkSpeed "2.5"
    LinkLabel "2.5 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 4
    target 26
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 4
    target 28
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 5
    target 20
    LinkType "Fibre"
    LinkLabel "Lit Fibre"
    LinkNote "Lit "
  ]
  edge [
    source 6
    target 7
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 7
    target 8
    LinkType "Fibre"
    LinkLabel "Lit Fibre"
    LinkNote "Lit "
  ]
  edge [
    source 7
    target 22
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 7
    target 31
    LinkType "Fibre"
    LinkLabel "Lit Fibre"
    LinkNote "Lit "
  ]
  edge [
    source 8
    target 9
    LinkType "Fibre"
    LinkLabel "Lit Fibre"
    LinkNote "Lit "
  ]
  edge [
    source 8
    target 22
    LinkType "Fibre"
    LinkLabel "Lit Fibre"
    LinkNote "Lit "
  ]
  edge [
    source 9
    target 13
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 9
    target 14
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 9
    target 16
    LinkSpeed "1"
    LinkLabel "1Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 9
    target 22
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 9
    target 26
    LinkType "Fibre"
    LinkLabel "Lit Fibre"
    LinkNote "Lit "
  ]
  edge [
    source 10
    target 11
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 10
    target 17
    LinkType "Fibre"
    LinkLabel "Lit Fibre"
    LinkNote "Lit "
  ]
  edge [
    source 10
    target 19
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 10
    target 12
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 10
    target 13
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 11
    target 19
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 11
    target 12
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 13
    target 26
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 13
    target 14
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 15
    target 31
    LinkSpeed "2.5"
    LinkLabel "2.5 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 18
    target 24
    LinkType "Fibre"
    LinkLabel "Lit Fibre"
    LinkNote "Lit "
  ]
  edge [
    source 19
    target 24
    LinkType "Fibre"
    LinkLabel "Lit Fibre"
    LinkNote "Lit "
  ]
  edge [
    source 19
    target 20
    LinkType "Fibre"
    LinkLabel "Lit Fibre"
    LinkNote "Lit "
  ]
  edge [
    source 19
    target 23
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 20
    target 26
    LinkType "Fibre"
    LinkLabel "Lit Fibre"
    LinkNote "Lit "
  ]
  edge [
    source 21
    target 22
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 21
    target 31
    LinkSpeed "2.5"
    LinkLabel "2.5 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 24
    target 25
    LinkType "Fibre"
    LinkLabel "Lit Fibre"
    LinkNote "Lit "
  ]
  edge [
    source 25
    target 26
    LinkType "Fibre"
    LinkLabel "Lit Fibre"
    LinkNote "Lit "
  ]
  edge [
    source 27
    target 36
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 29
    target 31
    LinkSpeed "2.5"
    LinkLabel "2.5 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 30
    target 31
    LinkType "Fibre"
    LinkLabel "Lit Fibre"
    LinkNote "Lit "
  ]
  edge [
    source 30
    target 31
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 32
    target 33
    LinkType "Fibre"
    LinkLabel "Lit Fibre"
    LinkNote "Lit "
  ]
  edge [
    source 33
    target 34
    LinkType "Fibre"
    LinkLabel "Lit Fibre"
    LinkNote "Lit "
  ]
  edge [
    source 33
    target 34
    LinkType "Fibre"
    LinkLabel "Lit Fibre"
    LinkNote "Lit "
  ]
  edge [
    source 35
    target 36
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
]
