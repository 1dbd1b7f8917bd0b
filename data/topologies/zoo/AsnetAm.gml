graph [
  DateObtained "20/10/10"
  GeoLocation "Armenia"
  GeoExtent "Country"
  Network "ASNET-AM"
  Provenance "Primary"
  Access 0
  Source "http://www.asnet.am/network.php"
  Version "1.0"
  DateType "Historic"
  Type "REN"
  Backbone 1
  Commercial 0
  label "AsnetAm"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 1
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth 0
  LastAccess "19/10/10"
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 0
  Transit 0
  NetworkDate "2008"
  DateYear "2008"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "?"
    Internal 1
    doubted 1
  ]
  node [
    id 1
    label "Drug Agency"
    Internal 1
    type "NAS RA Organisation (ASNET-AM)"
  ]
  node [
    id 2
    label "Inst. Radio Meas."
    Internal 1
    type "NAS RA Organisation (ASNET-AM)"
  ]
  node [
    id 3
    label "Isnt. Chemical Physics"
    Internal 1
    type "NAS RA Organisation (ASNET-AM)"
  ]
  node [
    id 4
    label "Inst. Biochem"
    Internal 1
    type "NAS RA Organisation (ASNET-AM)"
  ]
  node [
    id 5
    label "Inst. Geophysics"
    Internal 1
    type "NAS RA Organisation (ASNET-AM)"
  ]
  node [
    id 6
    label "Inst. of Health"
    Internal 1
    type "NAS RA Organisation (ASNET-AM)"
  ]
  node [
    id 7
    label "Inst. Informatics"
    Internal 1
    type "NAS RA Organisation (ASNET-AM)"
  ]
  node [
    id 8
    label "TV station"
    Internal 1
    type "NAS RA Organisation (ASNET-AM)"
  ]
  node [
    id 9
    label "Inst. Phylosophy"
    Internal 1
    type "NAS RA Organisation (ASNET-AM)"
  ]
  node [
    id 10
    label "?"
    Internal 1
    doubted 1
  ]
  node [
    id 11
    label "Organic chem"
    Internal 1
    type "NAS RA Organisation (ASNET-AM)"
  ]
  node [
    id 12
    label "Library"
    Internal 1
    type "NAS RA Organisation (ASNET-AM)"
  ]
  node [
    id 13
    label "Lib Net"
    Internal 0
  ]
  node [
    id 14
    label "ICT"
    Internal 1
    type "NAS RA Organisation (ASNET-AM)"
  ]
  node [
    id 15
    label "Geological"
    Internal 1
    type "NAS RA Organisation (ASNET-AM)"
  ]
  node [
    id 16
    label "Inst. Math."
    Internal 1
    type "NAS RA Organisation (ASNET-AM)"
  ]
  node [
    id 17
    label "Inst. Mechanics"
    Internal 1
    type "NAS RA Organisation (ASNET-AM)"
  ]
  node [
    id 18
    label "ASHMS"
    Internal 1
    type "Dark Blue Colour"
  ]
  node [
    id 19
    label "Inst. Physiology"
    Internal 1
    type "NAS RA Organisation (ASNET-AM)"
  ]
  node [
    id 20
    label "Yeveran Physics Inst."
    Internal 1
    type "Scientific Organisation"
  ]
  node [
    id 21
    label "ArmESFo"
    Internal 1
    type "Cyan Colour"
  ]
  node [
    id 22
    label "National Academy"
    Internal 1
    type "NAS RA Organisation (ASNET-AM)"
  ]
  node [
    id 23
    label "NSSPA"
    Internal 1
    type "Dark Blue Colour"
  ]
  node [
    id 24
    label "Min. of Education"
    Internal 1
    type "Dark Blue Colour"
  ]
  node [
    id 25
    label "National Stats. science"
    Internal 1
    type "Dark Blue Colour"
  ]
  node [
    id 26
    label "EEMC MNP"
    Internal 1
    type "Dark Blue Colour"
  ]
  node [
    id 27
    label "?"
    Internal 1
    type "Educational Organisation"
  ]
  node [
    id 28
    label "Museum"
    Internal 1
    type "NAS RA Organisation (ASNET-AM)"
  ]
  node [
    id 29
    label "ISTC"
    Internal 1
    type "NAS RA Organisation (ASNET-AM)"
  ]
  node [
    id 30
    label "Geophys. Obser."
    Internal 1
    type "NAS RA Organisation (ASNET-AM)"
  ]
  node [
    id 31
    label "?"
    Internal 1
    doubted 1
  ]
  node [
    id 32
    label "Encycloped."
    Internal 1
    type "NAS RA Organisation (ASNET-AM)"
  ]
  node [
    id 33
    label "Literature"
    Internal 1
    type "NAS RA Organisation (ASNET-AM)"
  ]
  node [
    id 34
    label "Economy"
    Internal 1
    type "NAS RA Organisation (ASNET-AM)"
  ]
  node [
    id 35
    label "Linguistic Inst"
    Internal 1
    type "NAS RA Organisation (ASNET-AM)"
  ]
  node [
    id 36
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 37
    label "American Uni."
    Internal 1
    type "Educational Organisation"
  ]
  node [
    id 38
    label "Oriental"
    Internal 1
    type "NAS RA Organisation (ASNET-AM)"
  ]
  node [
    id 39
    label "Hist"
    Internal 1
    type "NAS RA Organisation (ASNET-AM)"
  ]
  node [
    id 40
    label "Art"
    Country "Armenia"
    Longitude 43.97583
    Internal 1
    Latitude 40.61722
    type "NAS RA Organisation (ASNET-AM)"
  ]
  node [
    id 41
    label "Hydroecol"
    Internal 1
    type "NAS RA Organisation (ASNET-AM)"
  ]
  node [
    id 42
    label "Engineer academy"
    Internal 1
    type "NAS RA Organisation (ASNET-AM)"
  ]
  node [
    id 43
    label "education"
    Internal 1
    type "NAS RA Organisation (ASNET-AM)"
  ]
  node [
    id 44
    label "SCS"
    Internal 1
    type "Dark Blue Colour"
  ]
  node [
    id 45
    label "Organic Chem"
    Internal 1
    type "NAS RA Organisation (ASNET-AM)"
  ]
  node [
    id 46
    label "Astrophysical Obs."
    Internal 1
    type "NAS RA Organisation (ASNET-AM)"
  ]
  node [
    id 47
    label "Inst. Microbiology"
    Internal 1
    type "NAS RA Organisation (ASNET-AM)"
  ]
  node [
    id 48
    label "Molecular Structure"
    Internal 1
    type "NAS RA Organisation (ASNET-AM)"
  ]
  node [
    id 49
    label "General Chem"
    Internal 1
    type "NAS RA Organisation (ASNET-AM)"
  ]
  node [
    id 50
    label "research"
    Internal 1
    type "NAS RA Organisation (ASNET-AM)"
  ]
  node [
    id 51
    label "engineering center"
    Internal 1
    type "NAS RA Organisation (ASNET-AM)"
  ]
  node [
    id 52
    label "?"
    Internal 1
    doubted 1
  ]
  node [
    id 53
    label "Inst. Radiophysics"
    Internal 1
    type "NAS RA Organisation (ASNET-AM)"
  ]
  node [
    id 54
    label "ARENA"
    Internal 1
    type "Cyan Colour"
  ]
  node [
    id 55
    label "Institute of Applied Physics"
    Internal 1
    type "NAS RA Organisation (ASNET-AM)"
  ]
  node [
    id 56
    label "Inst. of Molecular Biology"
    Internal 1
    type "NAS RA Organisation (ASNET-AM)"
  ]
  node [
    id 57
    label "Agricultural Academy"
    Internal 1
    type "Educational Organisation"
  ]
  node [
    id 58
    label "Ecological Center"
    Internal 1
    type "NAS RA Organisation (ASNET-AM)"
  ]
  node [
    id 59
    label "Intitute of Botany"
    Internal 1
    type "NAS RA Organisation (ASNET-AM)"
  ]
  node [
    id 60
    label "Institute of Zoology"
    Internal 1
    type "NAS RA Organisation (ASNET-AM)"
  ]
  node [
    id 61
    label "Gallery"
    Internal 1
    type "NAS RA Organisation (ASNET-AM)"
  ]
  node [
    id 62
    label "Yerevan University"
    Internal 1
    type "Educational Organisation"
  ]
  node [
    id 63
    label "State Engineering University"
    Internal 1
    type "Educational Organisation"
  ]
  node [
    id 64
    label "Yerevan Medical University"
    Internal 1
    type "Educational Organisation"
  ]
  edge [
    source 0
    target 1
    id "e19"
  ]
  edge [
    source 0
    target 2
    id "e15"
  ]
  edge [
    source 0
    target 6
    id "e20"
  ]
  edge [
    source 2
    target 7
    LinkType "Fiber"
    LinkLabel "fiber"
  ]
  edge [
    source 2
    target 55
    LinkType "Wireless"
    LinkLabel "wireless"
  ]
  edge [
    source 3
    target 56
    LinkType "Fiber"
    LinkLabel "fiber"
  ]
  edge [
    source 3
    target 4
    LinkType "Fiber"
    LinkLabel "fiber"
  ]
  edge [
    source 3
    target 7
    id "e18"
  ]
  edge [
    source 4
    target 7
    LinkType "Fiber"
    LinkLabel "fiber"
  ]
  edge [
    source 5
    target 7
    LinkType "Fiber"
    LinkLabel "fiber"
  ]
  edge [
    source 7
    target 8
    LinkType "Wireless"
    LinkLabel "wireless"
  ]
  edge [
    source 7
    target 10
    id "e25"
  ]
  edge [
    source 7
    target 46
    LinkType "Wireless"
    LinkLabel "wireless"
  ]
  edge [
    source 7
    target 46
    LinkType "Wireless"
    LinkLabel "wireless"
  ]
  edge [
    source 7
    target 47
    LinkType "Fiber"
    LinkLabel "fiber"
  ]
  edge [
    source 7
    target 48
    LinkType "Fiber"
    LinkLabel "fiber"
  ]
  edge [
    source 7
    target 53
    LinkType "Fiber"
    LinkLabel "fiber"
  ]
  edge [
    source 7
    target 22
    LinkType "Fiber"
    LinkLabel "fiber"
  ]
  edge [
    source 7
    target 56
    id "e14"
  ]
  edge [
    source 8
    target 9
    LinkType "Wireless"
    LinkLabel "wireless"
  ]
  edge [
    source 8
    target 25
    LinkType "Wireless"
    LinkLabel "wireless"
  ]
  edge [
    source 8
    target 26
    LinkType "Wireless"
    LinkLabel "wireless"
  ]
  edge [
    source 8
    target 27
    LinkType "Wireless"
    LinkLabel "wireless"
  ]
  edge [
    source 8
    target 28
    LinkType "Wireless"
    LinkLabel "wireless"
  ]
  edge [
    source 8
    target 61
    LinkType "Wireless"
    LinkLabel "wireless"
  ]
  edge [
    source 10
    target 49
    id "e32"
  ]
  edge [
    source 10
    target 11
    id "e31"
  ]
  edge [
    source 12
    target 13
    LinkType "Fiber"
    LinkLabel "fiber"
  ]
  edge [
    source 12
    target 22
    LinkType "Fiber"
    LinkLabel "fiber"
  ]
  edge [
    source 14
    target 36
    id "e67"
  ]
  edge [
    source 15
    target 22
    LinkType "Fiber"
    LinkLabel "fiber"
  ]
  edge [
    source 15
    target 22
    LinkType "Fiber"
    LinkLabel "fiber"
  ]
  edge [
    source 16
    target 22
    LinkType "Fiber"
    LinkLabel "fiber"
  ]
  edge [
    source 17
    target 22
    LinkType "Fiber"
    LinkLabel "fiber"
  ]
  edge [
    source 18
    target 22
    LinkType "Fiber"
    LinkLabel "fiber"
  ]
  edge [
    source 19
    target 44
    LinkType "Fiber"
    LinkLabel "fiber"
  ]
  edge [
    source 19
    target 20
    LinkType "Fiber"
    LinkLabel "fiber"
  ]
  edge [
    source 19
    target 22
    LinkType "Fiber"
    LinkLabel "fiber"
  ]
  edge [
    source 20
    target 21
    LinkType "Fiber"
    LinkLabel "fiber"
  ]
  edge [
    source 20
    target 22
    LinkType "Fiber"
    LinkLabel "fiber"
  ]
  edge [
    source 22
    target 36
    id "e49"
  ]
  edge [
    source 22
    target 37
    id "e48"
  ]
  edge [
    source 22
    target 44
    LinkType "Fiber"
    LinkLabel "fiber"
  ]
  edge [
    source 22
    target 54
    LinkType "Fiber"
    LinkLabel "fiber"
  ]
  edge [
    source 22
    target 23
    LinkType "Fiber"
    LinkLabel "fiber"
  ]
  edge [
    source 22
    target 25
    LinkType "Fiber"
    LinkLabel "fiber"
  ]
  edge [
    source 22
    target 28
    LinkType "Fiber"
    LinkLabel "fiber"
  ]
  edge [
    source 22
    target 61
    LinkType "Fiber"
    LinkLabel "fiber"
  ]
  edge [
    source 22
    target 62
    LinkType "Fiber"
    LinkLabel "fiber"
  ]
  edge [
    source 22
    target 63
    id "e11"
  ]
  edge [
    source 24
    target 25
    id "e57"
  ]
  edge [
    source 27
    target 31
    id "e74"
  ]
  edge [
    source 29
    target 36
    id "e66"
  ]
  edge [
    source 30
    target 36
    id "e65"
  ]
  edge [
    source 31
    target 32
    id "e78"
  ]
  edge [
    source 31
    target 34
    id "e76"
  ]
  edge [
    source 31
    target 35
    id "e75"
  ]
  edge [
    source 31
    target 33
    id "e77"
  ]
  edge [
    source 36
    target 38
    id "e60"
  ]
  edge [
    source 36
    target 39
    id "e59"
  ]
  edge [
    source 36
    target 40
    id "e62"
  ]
  edge [
    source 36
    target 41
    id "e61"
  ]
  edge [
    source 36
    target 42
    id "e64"
  ]
  edge [
    source 36
    target 43
    id "e63"
  ]
  edge [
    source 45
    target 48
    LinkType "Fiber"
    LinkLabel "fiber"
  ]
  edge [
    source 46
    target 53
    LinkType "Wireless"
    LinkLabel "wireless"
  ]
  edge [
    source 46
    target 47
    LinkType "Wireless"
    LinkLabel "wireless"
  ]
  edge [
    source 50
    target 52
    id "e38"
  ]
  edge [
    source 51
    target 52
    id "e37"
  ]
  edge [
    source 52
    target 53
    id "e36"
  ]
  edge [
    source 54
    target 64
    LinkType "Fiber"
    LinkLabel "fiber"
  ]
  edge [
    source 54
    target 57
    LinkType "Fiber"
    LinkLabel "fiber"
  ]
  edge [
    source 54
    target 62
    LinkType "Fiber"
    LinkLabel "fiber"
  ]
  edge [
    source 54
    target 63
    LinkType "Fiber"
    LinkLabel "fiber"
  ]
  edge [
    source 55
    target 60
    LinkType "Fiber"
    LinkLabel "fiber"
  ]
  edge [
    source 56
    target 60
    LinkType "Fiber"
    LinkLabel "fiber"
  ]
  edge [
    source 57
    target 58
    LinkType "Fiber"
    LinkLabel "fiber"
  ]
  edge [
    source 58
    target 59
    LinkType "Fiber"
    LinkLabel "fiber"
  ]
  edge [
    source 59
    target 60
    LinkType "Fiber"
    LinkLabel "fiber"
  ]
]
