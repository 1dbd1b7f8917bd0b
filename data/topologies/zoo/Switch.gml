graph [
  DateObtained "22/10/10"
  GeoLocation "Switzerland"
  GeoExtent "Country"
  Network "SWITCH"
  Provenance "Primary"
  Note "Locations from http://www.switch.ch/network/infrastructure/pops/index.html Locations of Rero and VSNet unclear"
  Source "http://www.switch.ch/export/sites/default/uni/network/lan/_files/SWT_Backbone_Poster2010.pdf"
  Version "1.0"
  Type "REN"
  DateType "Historic"
  Backbone 1
  Commercial 0
  label "Switch"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 1
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth 0
  LastAccess "3/08/10"
  Access 0
  Layer "Fibre"
  Creator "Topology Zoo Toolset"
  Developed 1
  Transit 1
  NetworkDate "2010"
  DateYear "2010"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 1
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 2
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 3
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 4
    label "GLBX"
    Internal 0
  ]
  node [
    id 5
    label "CIXP"
    Internal 0
  ]
  node [
    id 6
    label "CBF Link GARR Lightpath"
    Internal 0
  ]
  node [
    id 7
    label "Swisscom"
    Internal 0
  ]
  node [
    id 8
    label "UniNE"
    Country "Switzerland"
    Longitude 6.931
    Internal 1
    Latitude 46.99179
  ]
  node [
    id 9
    label "SNF"
    Country "Switzerland"
    Longitude 7.44744
    Internal 1
    Latitude 46.94809
  ]
  node [
    id 10
    label "AMS-IX"
    Internal 0
  ]
  node [
    id 11
    label "GEANT2"
    Internal 0
  ]
  node [
    id 12
    label "CSCS TI-EDU"
    Country "Switzerland"
    Longitude 8.91892
    Internal 1
    Latitude 46.03475
  ]
  node [
    id 13
    label "Jungfraujoch"
    Country "Switzerland"
    Longitude 7.98831
    Internal 1
    geocode_id "2660208"
    Latitude 46.54936
  ]
  node [
    id 14
    label "HEIG-VD"
    Country "Switzerland"
    Longitude 6.64115
    Internal 1
    Latitude 46.77852
  ]
  node [
    id 15
    label "VSNet"
    Country "Switzerland"
    Longitude 7.98333
    Internal 1
    Latitude 46.31667
  ]
  node [
    id 16
    label "IBM"
    Country "Switzerland"
    Longitude 6.14569
    Internal 1
    Latitude 46.20222
  ]
  node [
    id 17
    label "UniGE"
    Country "Switzerland"
    Longitude 6.14569
    Internal 1
    Latitude 46.20222
  ]
  node [
    id 18
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 19
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 20
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 21
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 22
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 23
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 24
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 25
    label "HSLU"
    Country "Switzerland"
    Longitude 8.30635
    Internal 1
    Latitude 47.05048
  ]
  node [
    id 26
    label "UniFR"
    Country "Switzerland"
    Longitude 7.15128
    Internal 1
    Latitude 46.80237
  ]
  node [
    id 27
    label "GEANT2 Lightpaths"
    Internal 0
  ]
  node [
    id 28
    label "UniSG"
    Country "Switzerland"
    Longitude 9.37477
    Internal 1
    Latitude 47.42391
  ]
  node [
    id 29
    label "UniBE"
    Country "Switzerland"
    Longitude 7.44744
    Internal 1
    Latitude 46.94809
  ]
  node [
    id 30
    label "HFT-SO"
    Country "Switzerland"
    Longitude 7.39586
    Internal 1
    Latitude 47.1921
  ]
  node [
    id 31
    label "ETH-Rat"
    Country "Switzerland"
    Longitude 7.44744
    Internal 1
    Latitude 46.94809
  ]
  node [
    id 32
    label "PMOD"
    Country "Switzerland"
    Longitude 9.83723
    Internal 1
    Latitude 46.80429
  ]
  node [
    id 33
    label "EHL"
    Country "Switzerland"
    Longitude 6.63282
    Internal 1
    Latitude 46.516
  ]
  node [
    id 34
    label "HSR"
    Country "Switzerland"
    Longitude 8.82228
    Internal 1
    Latitude 47.22557
  ]
  node [
    id 35
    label "ENSI"
    Country "Switzerland"
    Longitude 7.27887
    Internal 1
    Latitude 47.1237
  ]
  node [
    id 36
    label "PSI"
    Country "Switzerland"
    Longitude 8.25666
    Internal 1
    Latitude 47.53356
  ]
  node [
    id 37
    label "UniBAS"
    Country "Switzerland"
    Longitude 7.57327
    Internal 1
    Latitude 47.5584
  ]
  node [
    id 38
    label "BSSE"
    Country "Switzerland"
    Longitude 7.57327
    Internal 1
    Latitude 47.5584
  ]
  node [
    id 39
    label "HES-SO"
    Country "Switzerland"
    Longitude 7.34453
    Internal 1
    Latitude 47.36493
  ]
  node [
    id 40
    label "CERN"
    Country "Switzerland"
    Longitude 6.14569
    Internal 1
    Latitude 46.20222
  ]
  node [
    id 41
    label "Skyguide"
    Country "Switzerland"
    Longitude 6.14569
    Internal 1
    Latitude 46.20222
  ]
  node [
    id 42
    label "EPFL"
    Country "Switzerland"
    Longitude 6.63282
    Internal 1
    Latitude 46.516
  ]
  node [
    id 43
    label "UniL"
    Country "Switzerland"
    Longitude 6.63282
    Internal 1
    Latitude 46.516
  ]
  node [
    id 44
    label "HES-SO AvdP"
    Country "Switzerland"
    Longitude 6.63282
    Internal 1
    Latitude 46.516
  ]
  node [
    id 45
    label "IMD"
    Country "Switzerland"
    Longitude 6.63282
    Internal 1
    Latitude 46.516
  ]
  node [
    id 46
    label "EESP"
    Country "Switzerland"
    Longitude 6.63282
    Internal 1
    Latitude 46.516
  ]
  node [
    id 47
    label "HTW"
    Country "Switzerland"
    Longitude 9.53287
    Internal 1
    Latitude 46.84986
  ]
  node [
    id 48
    label "EUResearch"
    Country "Switzerland"
    Longitude 7.44744
    Internal 1
    Latitude 46.94809
  ]
  node [
    id 49
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 50
    label "IWB"
    Country "Switzerland"
    Longitude 7.57327
    Internal 1
    Latitude 47.5584
  ]
  node [
    id 51
    label "HLI"
    geocode_country "Liechtenstein"
    Country "Liechtenstein"
    Longitude 9.53333
    Internal 1
    Latitude 47.16667
  ]
  node [
    id 52
    label "Swisscom"
    Internal 0
  ]
  node [
    id 53
    label "BelWu"
    Internal 0
  ]
  node [
    id 54
    label "CBF Link DFN Lightpath"
    Internal 0
  ]
  node [
    id 55
    label "NTB"
    Country "Switzerland"
    Longitude 9.47794
    Internal 1
    Latitude 47.16743
  ]
  node [
    id 56
    label "Swissix"
    Internal 0
  ]
  node [
    id 57
    label "Swissix"
    Internal 0
  ]
  node [
    id 58
    label "Equinix"
    Internal 0
  ]
  node [
    id 59
    label "Telia"
    Internal 0
  ]
  node [
    id 60
    label "PHTG"
    Country "Switzerland"
    Longitude 8.89854
    Internal 1
    Latitude 47.55816
  ]
  node [
    id 61
    label "RERO"
    Country "Switzerland"
    Longitude 7.07245
    Internal 1
    Latitude 46.10276
  ]
  node [
    id 62
    label "FHSG"
    Country "Switzerland"
    Longitude 9.37477
    Internal 1
    Latitude 47.42391
  ]
  node [
    id 63
    label "SLF"
    Country "Switzerland"
    Longitude 9.83723
    Internal 1
    Latitude 46.80429
  ]
  node [
    id 64
    label "Equinix"
    Country "Switzerland"
    Longitude 8.55
    Internal 1
    Latitude 47.36667
  ]
  node [
    id 65
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 66
    label "ZHAW"
    Country "Switzerland"
    Longitude 8.75
    Internal 1
    Latitude 47.5
  ]
  node [
    id 67
    label "meteoGH"
    Country "Switzerland"
    Longitude 8.55
    Internal 1
    Latitude 47.36667
  ]
  node [
    id 68
    label "NAZ"
    Country "Switzerland"
    Longitude 8.55
    Internal 1
    Latitude 47.36667
  ]
  node [
    id 69
    label "UZH"
    Country "Switzerland"
    Longitude 8.55
    Internal 1
    Latitude 47.36667
  ]
  node [
    id 70
    label "ETH"
    Country "Switzerland"
    Longitude 8.55
    Internal 1
    Latitude 47.36667
  ]
  node [
    id 71
    label "ITIS"
    Country "Switzerland"
    Longitude 8.55
    Internal 1
    Latitude 47.36667
  ]
  node [
    id 72
    label "IBM"
    Country "Switzerland"
    Longitude 8.55
    Internal 1
    Latitude 47.36667
  ]
  node [
    id 73
    label "WSL"
    Country "Switzerland"
    Longitude 8.44256
    Internal 1
    Latitude 47.35515
  ]
  edge [
    source 0
    target 50
    LinkType "Fiber"
    LinkLabel "Darkfibers"
    LinkNote "Darks"
  ]
  edge [
    source 0
    target 35
    LinkType "Fiber"
    LinkLabel "Darkfibers"
    LinkNote "Darks"
  ]
  edge [
    source 0
    target 38
    LinkType "Fiber"
    LinkLabel "Darkfibers"
    LinkNote "Darks"
  ]
  edge [
    source 1
    target 24
    LinkType "Fiber"
    LinkLabel "Darkfibers (Dashed line)"
    LinkNote "Darks (Dashed line)"
  ]
  edge [
    source 1
    target 61
    LinkType "Fiber"
    LinkLabel "Darkfibers"
    LinkNote "Darks"
  ]
  edge [
    source 1
    target 15
    LinkType "Fiber"
    LinkLabel "Darkfibers"
    LinkNote "Darks"
  ]
  edge [
    source 2
    target 40
    LinkType "Fiber"
    LinkLabel "Darkfibers"
    LinkNote "Darks"
  ]
  edge [
    source 2
    target 42
    LinkType "Fiber"
    LinkLabel "Darkfibers"
    LinkNote "Darks"
  ]
  edge [
    source 2
    target 61
    LinkType "Fiber"
    LinkLabel "Darkfibers"
    LinkNote "Darks"
  ]
  edge [
    source 3
    target 35
    LinkType "Fiber"
    LinkLabel "Darkfibers"
    LinkNote "Darks"
  ]
  edge [
    source 3
    target 36
    LinkType "Fiber"
    LinkLabel "Darkfibers"
    LinkNote "Darks"
  ]
  edge [
    source 3
    target 69
    LinkType "Fiber"
    LinkLabel "Darkfibers"
    LinkNote "Darks"
  ]
  edge [
    source 4
    target 40
    LinkLabel "< 2.5 Gbps"
  ]
  edge [
    source 5
    target 40
    LinkLabel "< 2.5 Gbps"
  ]
  edge [
    source 6
    target 12
    LinkLabel "< 2.5 Gbps"
  ]
  edge [
    source 7
    target 40
    LinkLabel "< 2.5 Gbps"
  ]
  edge [
    source 8
    target 14
    LinkType "Fiber"
    LinkLabel "Darkfibers"
    LinkNote "Darks"
  ]
  edge [
    source 8
    target 30
    LinkType "Fiber"
    LinkLabel "Darkfibers"
    LinkNote "Darks"
  ]
  edge [
    source 8
    target 39
    LinkType "Fiber"
    LinkLabel "Darkfibers"
    LinkNote "Darks"
  ]
  edge [
    source 9
    target 29
    LinkType "Fiber"
    LinkLabel "Darkfibers"
    LinkNote "Darks"
  ]
  edge [
    source 10
    target 40
    LinkLabel "< 2.5 Gbps"
  ]
  edge [
    source 11
    target 40
    LinkLabel "< 2.5 Gbps"
  ]
  edge [
    source 12
    target 22
    LinkType "Fiber"
    LinkLabel "Darkfibers"
    LinkNote "Darks"
  ]
  edge [
    source 12
    target 15
    LinkType "Fiber"
    LinkLabel "Darkfibers"
    LinkNote "Darks"
  ]
  edge [
    source 13
    target 24
    LinkType "Fiber"
    LinkLabel "Darkfibers"
    LinkNote "Darks"
  ]
  edge [
    source 14
    target 42
    LinkType "Fiber"
    LinkLabel "Darkfibers"
    LinkNote "Darks"
  ]
  edge [
    source 16
    target 17
    LinkType "Fiber"
    LinkLabel "Darkfibers"
    LinkNote "Darks"
  ]
  edge [
    source 17
    target 40
    LinkType "Fiber"
    LinkLabel "Darkfibers"
    LinkNote "Darks"
  ]
  edge [
    source 17
    target 42
    LinkType "Fiber"
    LinkLabel "Darkfibers"
    LinkNote "Darks"
  ]
  edge [
    source 17
    target 41
    LinkType "Fiber"
    LinkLabel "Darkfibers"
    LinkNote "Darks"
  ]
  edge [
    source 18
    target 49
    LinkType "Fiber"
    LinkLabel "Darkfibers"
    LinkNote "Darks"
  ]
  edge [
    source 18
    target 60
    LinkType "Fiber"
    LinkLabel "Darkfibers"
    LinkNote "Darks"
  ]
  edge [
    source 18
    target 62
    LinkType "Fiber"
    LinkLabel "Darkfibers"
    LinkNote "Darks"
  ]
  edge [
    source 19
    target 63
    LinkType "Fiber"
    LinkLabel "Darkfibers"
    LinkNote "Darks"
  ]
  edge [
    source 19
    target 20
    LinkType "Fiber"
    LinkLabel "Darkfibers"
    LinkNote "Darks"
  ]
  edge [
    source 19
    target 47
    LinkType "Fiber"
    LinkLabel "Darkfibers"
    LinkNote "Darks"
  ]
  edge [
    source 20
    target 34
    LinkType "Fiber"
    LinkLabel "Darkfibers"
    LinkNote "Darks"
  ]
  edge [
    source 20
    target 51
    LinkType "Fiber"
    LinkLabel "Darkfibers"
    LinkNote "Darks"
  ]
  edge [
    source 21
    target 25
    LinkType "Fiber"
    LinkLabel "Darkfibers"
    LinkNote "Darks"
  ]
  edge [
    source 21
    target 22
    LinkType "Fiber"
    LinkLabel "Darkfibers"
    LinkNote "Darks"
  ]
  edge [
    source 21
    target 70
    LinkType "Fiber"
    LinkLabel "Darkfibers"
    LinkNote "Darks"
  ]
  edge [
    source 22
    target 25
    LinkType "Fiber"
    LinkLabel "Darkfibers"
    LinkNote "Darks"
  ]
  edge [
    source 22
    target 34
    LinkType "Fiber"
    LinkLabel "Darkfibers"
    LinkNote "Darks"
  ]
  edge [
    source 23
    target 26
    LinkType "Fiber"
    LinkLabel "Darkfibers"
    LinkNote "Darks"
  ]
  edge [
    source 23
    target 43
    LinkType "Fiber"
    LinkLabel "Darkfibers"
    LinkNote "Darks"
  ]
  edge [
    source 23
    target 29
    LinkType "Fiber"
    LinkLabel "Darkfibers"
    LinkNote "Darks"
  ]
  edge [
    source 24
    target 29
    LinkType "Fiber"
    LinkLabel "Darkfibers"
    LinkNote "Darks"
  ]
  edge [
    source 26
    target 29
    LinkType "Fiber"
    LinkLabel "Darkfibers"
    LinkNote "Darks"
  ]
  edge [
    source 27
    target 40
    LinkLabel "< 2.5 Gbps"
  ]
  edge [
    source 28
    target 62
    LinkType "Fiber"
    LinkLabel "Darkfibers"
    LinkNote "Darks"
  ]
  edge [
    source 28
    target 55
    LinkType "Fiber"
    LinkLabel "Darkfibers"
    LinkNote "Darks"
  ]
  edge [
    source 29
    target 48
    LinkType "Fiber"
    LinkLabel "Darkfibers"
    LinkNote "Darks"
  ]
  edge [
    source 29
    target 50
    LinkType "Fiber"
    LinkLabel "Darkfibers"
    LinkNote "Darks"
  ]
  edge [
    source 29
    target 31
    LinkType "Fiber"
    LinkLabel "Darkfibers"
    LinkNote "Darks"
  ]
  edge [
    source 30
    target 35
    LinkType "Fiber"
    LinkLabel "Darkfibers"
    LinkNote "Darks"
  ]
  edge [
    source 31
    target 48
    LinkType "Fiber"
    LinkLabel "Darkfibers"
    LinkNote "Darks"
  ]
  edge [
    source 32
    target 63
    LinkType "Fiber"
    LinkLabel "Darkfibers"
    LinkNote "Darks"
  ]
  edge [
    source 33
    target 42
    LinkType "Fiber"
    LinkLabel "Darkfibers"
    LinkNote "Darks"
  ]
  edge [
    source 33
    target 46
    LinkType "Fiber"
    LinkLabel "Darkfibers"
    LinkNote "Darks"
  ]
  edge [
    source 35
    target 70
    LinkType "Fiber"
    LinkLabel "Darkfibers"
    LinkNote "Darks"
  ]
  edge [
    source 36
    target 70
    LinkType "Fiber"
    LinkLabel "Darkfibers"
    LinkNote "Darks"
  ]
  edge [
    source 37
    target 50
    LinkType "Fiber"
    LinkLabel "Darkfibers"
    LinkNote "Darks"
  ]
  edge [
    source 37
    target 38
    LinkType "Fiber"
    LinkLabel "Darkfibers"
    LinkNote "Darks"
  ]
  edge [
    source 39
    target 50
    LinkType "Fiber"
    LinkLabel "Darkfibers"
    LinkNote "Darks"
  ]
  edge [
    source 40
    target 41
    LinkType "Fiber"
    LinkLabel "Darkfibers"
    LinkNote "Darks"
  ]
  edge [
    source 42
    target 45
    LinkType "Fiber"
    LinkLabel "Darkfibers"
    LinkNote "Darks"
  ]
  edge [
    source 43
    target 44
    LinkType "Fiber"
    LinkLabel "Darkfibers"
    LinkNote "Darks"
  ]
  edge [
    source 43
    target 45
    LinkType "Fiber"
    LinkLabel "Darkfibers"
    LinkNote "Darks"
  ]
  edge [
    source 44
    target 46
    LinkType "Fiber"
    LinkLabel "Darkfibers"
    LinkNote "Darks"
  ]
  edge [
    source 47
    target 55
    LinkType "Fiber"
    LinkLabel "Darkfibers"
    LinkNote "Darks"
  ]
  edge [
    source 47
    target 63
    LinkType "Fiber"
    LinkLabel "Darkfibers"
    LinkNote "Darks"
  ]
  edge [
    source 49
    target 60
    LinkType "Fiber"
    LinkLabel "Darkfibers"
    LinkNote "Darks"
  ]
  edge [
    source 49
    target 66
    LinkType "Fiber"
    LinkLabel "Darkfibers"
    LinkNote "Darks"
  ]
  edge [
    source 50
    target 65
    LinkType "Fiber"
    LinkLabel "Darkfibers"
    LinkNote "Darks"
  ]
  edge [
    source 50
    target 54
    LinkLabel "< 2.5 Gbps"
  ]
  edge [
    source 50
    target 56
    LinkLabel "< 2.5 Gbps"
  ]
  edge [
    source 51
    target 55
    LinkType "Fiber"
    LinkLabel "Darkfibers"
    LinkNote "Darks"
  ]
  edge [
    source 52
    target 64
    LinkLabel "< 2.5 Gbps"
  ]
  edge [
    source 53
    target 60
    LinkLabel "< 2.5 Gbps"
  ]
  edge [
    source 57
    target 64
    LinkLabel "< 2.5 Gbps"
  ]
  edge [
    source 58
    target 64
    LinkLabel "< 2.5 Gbps"
  ]
  edge [
    source 59
    target 64
    LinkLabel "< 2.5 Gbps"
  ]
  edge [
    source 64
    target 72
    LinkType "Fiber"
    LinkLabel "Darkfibers"
    LinkNote "Darks"
  ]
  edge [
    source 65
    target 73
    LinkType "Fiber"
    LinkLabel "Darkfibers"
    LinkNote "Darks"
  ]
  edge [
    source 65
    target 70
    LinkType "Fiber"
    LinkLabel "Darkfibers"
    LinkNote "Darks"
  ]
  edge [
    source 66
    target 69
    LinkType "Fiber"
    LinkLabel "Darkfibers"
    LinkNote "Darks"
  ]
  edge [
    source 67
    target 68
    LinkType "Fiber"
    LinkLabel "Darkfibers"
    LinkNote "Darks"
  ]
  edge [
    source 67
    target 69
    LinkType "Fiber"
    LinkLabel "Darkfibers"
    LinkNote "Darks"
  ]
  edge [
    source 68
    target 70
    LinkType "Fiber"
    LinkLabel "Darkfibers"
    LinkNote "Darks"
  ]
  edge [
    source 69
    target 70
    LinkType "Fiber"
    LinkLabel "Darkfibers"
    LinkNote "Darks"
  ]
  edge [
    source 70
    target 71
    LinkType "Fiber"
    LinkLabel "Darkfibers"
    LinkNote "Darks"
  ]
  edge [
    source 72
    target 73
    LinkType "Fiber"
    LinkLabel "Darkfibers"
    LinkNote "Darks"
  ]
]
