graph [
  DateObtained "31/01/11"
  GeoLocation "Kent, UK"
  GeoExtent "Region"
  Network "KentMan"
  Provenance "Primary"
  Note "JANET local provider, Unclear of difference between UoK-C (PoP) and University of Kent (connected site). Universities at Medway unclear. Unable to find UCA-Chatham"
  Source "http://www.kentman.ac.uk/kman/map.html"
  Version "1.0"
  DateType "Current"
  Type "REN"
  Backbone 1
  Commercial 0
  label "KentmanJan2011"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 0
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "01"
  LastAccess "31/01/11"
  Access 0
  Layer "IP"
  Creator "Topology Zoo Toolset"
  Developed 1
  Transit 0
  NetworkDate "2011_01"
  DateYear "2011"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "Hilderstone College"
    Country "United Kingdom"
    Longitude 1.43006
    Internal 1
    Latitude 51.36106
    type "Connected Site"
  ]
  node [
    id 1
    label "K College- Ashford"
    Country "United Kingdom"
    Longitude 0.86101
    Internal 1
    Latitude 51.13959
    type "Connected Site"
  ]
  node [
    id 2
    label "Canterbury College"
    Country "United Kingdom"
    Longitude 1.08782
    Internal 1
    Latitude 51.27402
    type "Connected Site"
  ]
  node [
    id 3
    label "Thanet College"
    Country "United Kingdom"
    Longitude 1.43483
    Internal 1
    Latitude 51.35426
    type "Connected Site"
  ]
  node [
    id 4
    label "West Kent College"
    Country "United Kingdom"
    Longitude 0.2647
    Internal 1
    Latitude 51.18787
    type "Connected Site"
  ]
  node [
    id 5
    label "UoK-C"
    Country "United Kingdom"
    Longitude 1.06121
    Internal 1
    Latitude 51.29762
    type "PoP Site"
  ]
  node [
    id 6
    label "UCA - Rochester"
    Country "United Kingdom"
    Longitude 0.51438
    Internal 1
    Latitude 51.37992
    type "Connected Site"
  ]
  node [
    id 7
    label "Hadlow College"
    Country "United Kingdom"
    Longitude 0.33333
    Internal 1
    Latitude 51.21667
    type "Connected Site"
  ]
  node [
    id 8
    label "University College Folkestone"
    Country "United Kingdom"
    Longitude 1.18218
    Internal 1
    Latitude 51.08153
    type "Connected Site"
  ]
  node [
    id 9
    label "IFS School of Finance"
    Country "United Kingdom"
    Longitude 1.08382
    Internal 1
    Latitude 51.27766
    type "Connected Site"
  ]
  node [
    id 10
    label "WEA"
    Country "United Kingdom"
    Longitude 0.51919
    Internal 1
    Latitude 51.39021
    type "Connected Site"
  ]
  node [
    id 11
    label "Medway Council"
    Country "United Kingdom"
    Longitude 0.52492
    Internal 1
    Latitude 51.38906
    type "Connected Site"
  ]
  node [
    id 12
    label "KPSN"
    Internal 0
  ]
  node [
    id 13
    label "janet"
    Internal 0
  ]
  node [
    id 14
    label "janet"
    Internal 0
  ]
  node [
    id 15
    label "orbitalnet"
    Internal 0
  ]
  node [
    id 16
    label "UCA-Epsom"
    Internal 1
    type "Connected Site"
  ]
  node [
    id 17
    label "Pilgrims-Margate"
    Country "United Kingdom"
    Longitude 1.38617
    Internal 1
    Latitude 51.38132
    type "Connected Site"
  ]
  node [
    id 18
    label "Chatham"
    Country "United Kingdom"
    Longitude 0.52786
    Internal 1
    Latitude 51.37891
    type "PoP Site"
  ]
  node [
    id 19
    label "UCA - Chatham"
    Internal 1
    type "Connected Site"
  ]
  node [
    id 20
    label "Pilgrim - Ashford"
    Country "United Kingdom"
    Longitude 0.90191
    Internal 1
    Latitude 51.14172
    type "Connected Site"
  ]
  node [
    id 21
    label "Pilgrim-Canterbury"
    Country "United Kingdom"
    Longitude 1.07077
    Internal 1
    Latitude 51.28367
    type "Connected Site"
  ]
  node [
    id 22
    label "University of Kent"
    Country "United Kingdom"
    Longitude 1.06121
    Internal 1
    Latitude 51.29762
    type "Connected Site"
  ]
  node [
    id 23
    label "Hadlow College Mottingham"
    Country "United Kingdom"
    Longitude 0.02978
    Internal 1
    Latitude 51.44224
    type "Connected Site"
  ]
  node [
    id 24
    label "UCA - Maidstone"
    Country "United Kingdom"
    Longitude 0.49799
    Internal 1
    Latitude 51.27115
    type "Connected Site"
  ]
  node [
    id 25
    label "UoK - Tonbridge"
    Country "United Kingdom"
    Longitude 0.2702
    Internal 1
    Latitude 51.19282
    type "Connected Site"
  ]
  node [
    id 26
    label "UCA - Canterbury"
    Country "United Kingdom"
    Longitude 1.09078
    Internal 1
    Latitude 51.27537
    type "Connected Site"
  ]
  node [
    id 27
    label "SOAS - Wye"
    Internal 1
    type "Connected Site"
  ]
  node [
    id 28
    label "Mid Kent College"
    Country "United Kingdom"
    Longitude 0.54608
    Internal 1
    Latitude 51.39485
    type "Connected Site"
  ]
  node [
    id 29
    label "UCCA-C"
    Country "United Kingdom"
    Longitude 1.09078
    Internal 1
    Latitude 51.27537
    type "Connected Site"
  ]
  node [
    id 30
    label "UoG-AH"
    Country "United Kingdom"
    Longitude 0.07703
    Internal 1
    Latitude 51.44628
    type "PoP Site"
  ]
  node [
    id 31
    label "Universities at Medway"
    Internal 1
    type "Connected Site"
  ]
  node [
    id 32
    label "Hadlow College Canterbury"
    Country "United Kingdom"
    Longitude 1.09578
    Internal 1
    Latitude 51.27589
    type "Connected Site"
  ]
  node [
    id 33
    label "EIS-Maidstone"
    Country "United Kingdom"
    Longitude 0.54953
    Internal 1
    Latitude 51.25665
    type "PoP Site"
  ]
  node [
    id 34
    label "CCCU-S"
    Country "United Kingdom"
    Longitude 0.24307
    Internal 1
    Latitude 51.15222
    type "PoP Site"
  ]
  node [
    id 35
    label "CCCU-T"
    Country "United Kingdom"
    Longitude 1.40616
    Internal 1
    Latitude 51.35895
    type "PoP Site"
  ]
  node [
    id 36
    label "Dorton College"
    Country "United Kingdom"
    Longitude 0.21928
    Internal 1
    Latitude 51.28554
    type "Connected Site"
  ]
  node [
    id 37
    label "NW Kent College - Dartford"
    Country "United Kingdom"
    Longitude 0.21667
    Internal 1
    Latitude 51.45
    type "Connected Site"
  ]
  edge [
    source 0
    target 35
    LinkSpeed "10"
    LinkLabel "10 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 10000000.0
  ]
  edge [
    source 1
    target 5
    LinkSpeed "100"
    LinkLabel "100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 2
    target 5
    LinkSpeed "100"
    LinkLabel "100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 3
    target 35
    LinkSpeed "100"
    LinkLabel "100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 4
    target 34
    LinkSpeed "100"
    LinkLabel "100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 5
    target 32
    LinkSpeed "10"
    LinkLabel "10 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 10000000.0
  ]
  edge [
    source 5
    target 35
    LinkSpeed "1000"
    LinkLabel "1000 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 5
    target 33
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 5
    target 9
    LinkSpeed "100"
    LinkLabel "100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 5
    target 12
    LinkSpeed "2"
    LinkLabel "2 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2000000000.0
  ]
  edge [
    source 5
    target 13
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 5
    target 21
    LinkSpeed "100"
    LinkLabel "100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 5
    target 22
    LinkSpeed "2"
    LinkLabel "2 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2000000000.0
  ]
  edge [
    source 5
    target 26
    LinkSpeed "100"
    LinkLabel "100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 5
    target 27
    LinkSpeed "100"
    LinkLabel "100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 5
    target 29
    LinkSpeed "1000"
    LinkLabel "1000 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 6
    target 18
    LinkSpeed "100"
    LinkLabel "100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 7
    target 34
    LinkSpeed "100"
    LinkLabel "100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 8
    target 12
    LinkSpeed "100"
    LinkLabel "100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 10
    target 18
    LinkSpeed "10"
    LinkLabel "10 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 10000000.0
  ]
  edge [
    source 11
    target 18
    LinkSpeed "1000"
    LinkLabel "1000 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 12
    target 33
    LinkSpeed "2"
    LinkLabel "2 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 2000000000.0
  ]
  edge [
    source 12
    target 20
    LinkSpeed "100"
    LinkLabel "100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 14
    target 18
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 15
    target 33
    LinkSpeed "100"
    LinkLabel "100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 16
    target 30
    LinkSpeed "1000"
    LinkLabel "1000 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 17
    target 35
    LinkSpeed "100"
    LinkLabel "100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 18
    target 33
    LinkSpeed "10"
    LinkLabel "10 Gbps"
    LinkSpeedUnits "G"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 18
    target 19
    LinkSpeed "100"
    LinkLabel "100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 18
    target 28
    LinkSpeed "100"
    LinkLabel "100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 18
    target 30
    LinkSpeed "1000"
    LinkLabel "1000 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 18
    target 31
    LinkSpeed "1000"
    LinkLabel "1000 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 23
    target 30
    LinkSpeed "10"
    LinkLabel "10 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 10000000.0
  ]
  edge [
    source 24
    target 33
    LinkSpeed "100"
    LinkLabel "100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 25
    target 34
    LinkSpeed "10"
    LinkLabel "10 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 10000000.0
  ]
  edge [
    source 25
    target 34
    LinkSpeed "10"
    LinkLabel "10 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 10000000.0
  ]
  edge [
    source 30
    target 37
    LinkSpeed "100"
    LinkLabel "100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
  edge [
    source 33
    target 34
    LinkSpeed "1000"
    LinkLabel "1000 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 34
    target 36
    LinkSpeed "100"
    LinkLabel "100 Mbps"
    LinkSpeedUnits "M"
    LinkSpeedRaw 100000000.0
  ]
]
