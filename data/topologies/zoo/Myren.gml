graph [
  DateObtained "3/02/11"
  GeoLocation "Malaysia"
  GeoExtent "Country"
  Network "Myren"
  Provenance "Primary"
  Note "Names from http://www.myren.net.my/membership/members and http://203.80.21.200/cacti/plugins/weathermap/weathermap-cacti-plugin.php. Route Reflectors omitted from PoP level diagram. "
  Source "http://www.myren.net.my/network/domestic-network"
  Version "1.0"
  DateType "Current"
  Type "REN"
  Backbone 1
  Commercial 0
  label "Myren"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 1
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "03"
  LastAccess "6/03/11"
  Access 0
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 0
  Transit 0
  NetworkDate "2011_03"
  DateYear "2011"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "UiTM"
    Internal 1
    type "Member"
  ]
  node [
    id 1
    label "UTP"
    Country "Malaysia"
    Longitude 101.0829
    Internal 1
    Latitude 4.5841
    type "Member"
  ]
  node [
    id 2
    label "UUM"
    Country "Malaysia"
    Longitude 100.5574
    Internal 1
    Latitude 5.35049
    type "Member"
  ]
  node [
    id 3
    label "UM"
    Country "Malaysia"
    Longitude 101.68653
    Internal 1
    Latitude 3.1412
    type "Member"
  ]
  node [
    id 4
    label "UNIMAS"
    Country "Malaysia"
    Longitude 110.33333
    Internal 1
    Latitude 1.55
    type "Member"
  ]
  node [
    id 5
    label "UMS"
    Country "Malaysia"
    Longitude 116.06667
    Internal 1
    Latitude 5.98333
    type "Member"
  ]
  node [
    id 6
    label "IUM"
    Internal 1
    type "Member"
  ]
  node [
    id 7
    label "UPSI"
    Internal 1
    type "Member"
  ]
  node [
    id 8
    label "Nottingham Malaysia"
    Internal 1
    type "Member"
  ]
  node [
    id 9
    label "UPM"
    Country "Malaysia"
    Longitude 100.62476
    Internal 1
    Latitude 5.20372
    type "Member"
  ]
  node [
    id 10
    label "UTHM"
    Internal 1
    type "Member"
  ]
  node [
    id 11
    label "UTM"
    Country "Malaysia"
    Longitude 103.7578
    Internal 1
    Latitude 1.4655
    type "Member"
  ]
  node [
    id 12
    label "UMT"
    Internal 1
    type "Member"
  ]
  node [
    id 13
    label "UMK"
    Country "Malaysia"
    Longitude 102.2386
    Internal 1
    Latitude 6.13328
    type "Member"
  ]
  node [
    id 14
    label "UDM"
    Internal 1
    type "Member"
  ]
  node [
    id 15
    label "UMP"
    Country "Malaysia"
    Longitude 103.326
    Internal 1
    Latitude 3.8077
    type "Member"
  ]
  node [
    id 16
    label "UPNIM"
    Internal 1
    type "Member"
  ]
  node [
    id 17
    label "UTeM"
    Internal 1
    type "Member"
  ]
  node [
    id 18
    label "NOC"
    Internal 1
    type "Member"
  ]
  node [
    id 19
    label "UKM"
    Country "Malaysia"
    Longitude 101.8157
    Internal 1
    Latitude 2.9174
    type "Member"
  ]
  node [
    id 20
    label "MMU"
    Country "Malaysia"
    Longitude 101.65718
    Internal 1
    Latitude 2.92281
    type "Member"
  ]
  node [
    id 21
    label "USIM"
    Country "Malaysia"
    Longitude 101.93333
    Internal 1
    Latitude 2.71667
    type "Member"
  ]
  node [
    id 22
    label "UNITEN"
    Country "Malaysia"
    Longitude 103.326
    Internal 1
    Latitude 3.8077
    type "Member"
  ]
  node [
    id 23
    label "MIMOS"
    Internal 1
    type "Member"
  ]
  node [
    id 24
    label "Monash Malaysia"
    Country "Malaysia"
    Longitude 101.60671
    Internal 1
    Latitude 3.10726
    type "Member"
  ]
  node [
    id 25
    label "TMRnD"
    Internal 1
    type "Member"
  ]
  node [
    id 26
    label "MoHE"
    Internal 1
    type "Member"
  ]
  node [
    id 27
    label "USM"
    Country "Malaysia"
    Longitude 100.33543
    Internal 1
    Latitude 5.41123
    type "Member"
  ]
  node [
    id 28
    label "UniMAP"
    Internal 1
    type "Member"
  ]
  node [
    id 29
    label "Cyberjaya PoP (NOC)"
    Country "Malaysia"
    Longitude 101.65718
    Internal 1
    Latitude 2.92281
    type "PoP"
  ]
  node [
    id 30
    label "Border Router"
    Internal 1
    type "Router"
  ]
  node [
    id 31
    label "South PoP (UTM)"
    Country "Malaysia"
    Longitude 103.7578
    Internal 1
    Latitude 1.4655
    type "PoP"
  ]
  node [
    id 32
    label "East Coast PoP (UMP)"
    Country "Malaysia"
    Longitude 103.326
    Internal 1
    Latitude 3.8077
    type "PoP"
  ]
  node [
    id 33
    label "North PoP (USM)"
    Country "Malaysia"
    Longitude 100.33543
    Internal 1
    Latitude 5.41123
    type "PoP"
  ]
  node [
    id 34
    label "KL PoP (UM)"
    Country "Malaysia"
    Longitude 101.68653
    Internal 1
    Latitude 3.1412
    type "PoP"
  ]
  node [
    id 35
    label "TEIN3"
    Internal 0
  ]
  node [
    id 36
    label "Commodity Internet"
    Internal 0
  ]
  edge [
    source 0
    target 34
    LinkSpeed "10"
    LinkLabel "10 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 10000000.0
  ]
  edge [
    source 1
    target 34
    LinkSpeed "10"
    LinkLabel "10 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 10000000.0
  ]
  edge [
    source 2
    target 33
    LinkSpeed "50"
    LinkLabel "50 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 50000000.0
  ]
  edge [
    source 3
    target 34
    LinkSpeed "50"
    LinkLabel "50 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 50000000.0
  ]
  edge [
    source 4
    target 34
    LinkSpeed "10"
    LinkLabel "10 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 10000000.0
  ]
  edge [
    source 5
    target 34
    LinkSpeed "10"
    LinkLabel "10 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 10000000.0
  ]
  edge [
    source 6
    target 34
    LinkSpeed "10"
    LinkLabel "10 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 10000000.0
  ]
  edge [
    source 7
    target 34
    LinkSpeed "10"
    LinkLabel "10 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 10000000.0
  ]
  edge [
    source 8
    target 29
    LinkSpeed "2"
    LinkLabel "2 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 2000000.0
  ]
  edge [
    source 9
    target 29
    LinkSpeed "50"
    LinkLabel "50 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 50000000.0
  ]
  edge [
    source 10
    target 31
    LinkSpeed "10"
    LinkLabel "10 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 10000000.0
  ]
  edge [
    source 11
    target 31
    LinkSpeed "50"
    LinkLabel "50 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 50000000.0
  ]
  edge [
    source 12
    target 32
    LinkSpeed "10"
    LinkLabel "10 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 10000000.0
  ]
  edge [
    source 13
    target 32
    LinkSpeed "10"
    LinkLabel "10 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 10000000.0
  ]
  edge [
    source 14
    target 32
    LinkSpeed "10"
    LinkLabel "10 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 10000000.0
  ]
  edge [
    source 15
    target 32
    LinkSpeed "10"
    LinkLabel "10 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 10000000.0
  ]
  edge [
    source 16
    target 34
    LinkSpeed "10"
    LinkLabel "10 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 10000000.0
  ]
  edge [
    source 17
    target 31
    LinkSpeed "10"
    LinkLabel "10 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 10000000.0
  ]
  edge [
    source 18
    target 29
    LinkSpeed "100"
    LinkLabel "100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 19
    target 29
    LinkSpeed "50"
    LinkLabel "50 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 50000000.0
  ]
  edge [
    source 20
    target 29
    LinkSpeed "20"
    LinkLabel "20 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 20000000.0
  ]
  edge [
    source 21
    target 29
    LinkSpeed "10"
    LinkLabel "10 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 10000000.0
  ]
  edge [
    source 22
    target 29
    LinkSpeed "10"
    LinkLabel "10 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 10000000.0
  ]
  edge [
    source 23
    target 29
    LinkSpeed "30"
    LinkLabel "30 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 30000000.0
  ]
  edge [
    source 24
    target 29
    LinkSpeed "10"
    LinkLabel "10 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 10000000.0
  ]
  edge [
    source 25
    target 29
    LinkSpeed "10"
    LinkLabel "10 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 10000000.0
  ]
  edge [
    source 26
    target 29
    LinkSpeed "10"
    LinkLabel "10 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 10000000.0
  ]
  edge [
    source 27
    target 33
    LinkSpeed "50"
    LinkLabel "50 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 50000000.0
  ]
  edge [
    source 28
    target 33
    LinkSpeed "10"
    LinkLabel "10 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 10000000.0
  ]
  edge [
    source 29
    target 32
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 29
    target 33
    LinkSpeed "622"
    LinkLabel "622 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 622000000.0
  ]
  edge [
    source 29
    target 34
    LinkSpeed "1"
    LinkLabel "1 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 29
    target 30
    LinkSpeed "1"
    LinkLabel "1 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 29
    target 30
    LinkSpeed "1"
    LinkLabel "1 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 29
    target 31
    LinkSpeed "622"
    LinkLabel "622 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 622000000.0
  ]
  edge [
    source 30
    target 35
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 30
    target 36
    LinkSpeed "8"
    LinkLabel "8 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 8000000.0
  ]
  edge [
    source 31
    target 34
    LinkSpeed "622"
    LinkLabel "622 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 622000000.0
  ]
  edge [
    source 32
    target 34
    LinkSpeed "155"
    LinkLabel "155 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 155000000.0
  ]
  edge [
    source 33
    target 34
    LinkSpeed "622"
    LinkLabel "622 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 622000000.0
  ]
]
