graph [
  DateObtained "19/10/10"
  GeoLocation "Idaho, USA"
  GeoExtent "Region"
  Network "Syringa Networks"
  Provenance "Primary"
  Note "Tipanuk location not found, approximated to Mountain Home."
  Source "http://www.syringanetworks.net/OurNetworks/NetworkMap.html"
  Version "1.0"
  Type "COM"
  DateType "Current"
  Backbone 1
  Commercial 0
  label "Syringa"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 1
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "08"
  LastAccess "3/08/10"
  Access 0
  Layer "Fibre"
  Creator "Topology Zoo Toolset"
  Developed 1
  Transit 0
  NetworkDate "2010_08"
  DateYear "2010"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "Meridian"
    Country "United States"
    Longitude -116.39151
    Internal 1
    Latitude 43.61211
    type "Access POP"
  ]
  node [
    id 1
    label "Emmett"
    Country "United States"
    Longitude -116.4993
    Internal 1
    Latitude 43.8735
    type "Access POP"
  ]
  node [
    id 2
    label "Caldwell"
    Country "United States"
    Longitude -116.68736
    Internal 1
    Latitude 43.66294
    type "Access POP"
  ]
  node [
    id 3
    label "Nampa"
    Country "United States"
    Longitude -116.56346
    Internal 1
    Latitude 43.54072
    type "Access POP"
  ]
  node [
    id 4
    label "Tipanuk"
    Country "United States"
    Longitude -115.6912
    Internal 1
    Latitude 43.13295
    type "Access POP"
  ]
  node [
    id 5
    label "Mountain Home"
    Country "United States"
    Longitude -115.6912
    Internal 1
    Latitude 43.13295
    type "Access POP"
  ]
  node [
    id 6
    label "Hidden Springs"
    Country "United States"
    Longitude -116.27071
    Internal 1
    Latitude 43.68916
    type "Access POP"
  ]
  node [
    id 7
    label "Boise"
    Country "United States"
    Longitude -116.20345
    Internal 1
    Latitude 43.6135
    type "Central Office"
  ]
  node [
    id 8
    label "Rockland"
    Country "United States"
    Longitude -112.87721
    Internal 1
    Latitude 42.57325
    type "Access POP"
  ]
  node [
    id 9
    label "Arbon"
    Country "United States"
    Longitude -112.56831
    Internal 1
    Latitude 42.45575
    type "Access POP"
  ]
  node [
    id 10
    label "Fairfield"
    Country "United States"
    Longitude -114.79173
    Internal 1
    Latitude 43.34657
    type "Access POP"
  ]
  node [
    id 11
    label "Carey"
    Country "United States"
    Longitude -113.94475
    Internal 1
    Latitude 43.30768
    type "Access POP"
  ]
  node [
    id 12
    label "Albion"
    Country "United States"
    Longitude -113.57806
    Internal 1
    Latitude 42.41269
    type "Access POP"
  ]
  node [
    id 13
    label "Malta"
    Country "United States"
    Longitude -113.36917
    Internal 1
    Latitude 42.3063
    type "Access POP"
  ]
  node [
    id 14
    label "Rupert"
    Country "United States"
    Longitude -113.67723
    Internal 1
    Latitude 42.61908
    type "Access POP"
  ]
  node [
    id 15
    label "Burley"
    Country "United States"
    Longitude -113.79279
    Internal 1
    Latitude 42.53574
    type "Access POP"
  ]
  node [
    id 16
    label "Bone"
    Country "United States"
    Longitude -111.79524
    Internal 1
    Latitude 43.31242
    type "Access POP"
  ]
  node [
    id 17
    label "Iona"
    Country "United States"
    Longitude -111.93302
    Internal 1
    Latitude 43.5263
    type "Access POP"
  ]
  node [
    id 18
    label "Ashton"
    Country "United States"
    Longitude -111.44829
    Internal 1
    Latitude 44.07158
    type "Access POP"
  ]
  node [
    id 19
    label "Tetonia"
    Country "United States"
    Longitude -111.1602
    Internal 1
    Latitude 43.81447
    type "Access POP"
  ]
  node [
    id 20
    label "Driggs"
    Country "United States"
    Longitude -111.11133
    Internal 1
    Latitude 43.72325
    type "Access POP"
  ]
  node [
    id 21
    label "Victor"
    Country "United States"
    Longitude -111.11133
    Internal 1
    Latitude 43.6027
    type "Access POP"
  ]
  node [
    id 22
    label "Jackson"
    Country "United States"
    Longitude -110.76243
    Internal 1
    Latitude 43.47993
    type "Access POP"
  ]
  node [
    id 23
    label "Freedom"
    Country "United States"
    Longitude -111.04382
    Internal 1
    Latitude 42.9827
    type "Access POP"
  ]
  node [
    id 24
    label "Afton"
    Country "United States"
    Longitude -110.93187
    Internal 1
    Latitude 42.72493
    type "Access POP"
  ]
  node [
    id 25
    label "Henry"
    Country "United States"
    Longitude -111.53078
    Internal 1
    Latitude 42.90686
    type "Access POP"
  ]
  node [
    id 26
    label "Gooding"
    Country "United States"
    Longitude -114.71311
    Internal 1
    Latitude 42.93879
    type "Access POP"
  ]
  node [
    id 27
    label "Hailey"
    Country "United States"
    Longitude -114.31532
    Internal 1
    Latitude 43.51963
    type "Central Office"
  ]
  node [
    id 28
    label "Coeur D'Alene"
    Internal 0
  ]
  node [
    id 29
    label "Pocatello"
    Country "United States"
    Longitude -112.44553
    Internal 1
    Latitude 42.8713
    type "POP"
  ]
  node [
    id 30
    label "Blackfoot"
    Country "United States"
    Longitude -112.34498
    Internal 1
    Latitude 43.19047
    type "Access POP"
  ]
  node [
    id 31
    label "Raft River"
    Country "United States"
    Longitude -113.23611
    Internal 1
    Latitude 42.59713
    type "Access POP"
  ]
  node [
    id 32
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 33
    label "Twin Falls"
    Country "United States"
    Longitude -114.46087
    Internal 1
    Latitude 42.56297
    type "POP"
  ]
  node [
    id 34
    label "Soda Springs"
    Country "United States"
    Longitude -111.60467
    Internal 1
    Latitude 42.65437
    type "Access POP"
  ]
  node [
    id 35
    label "Paris"
    Country "United States"
    Longitude -111.40104
    Internal 1
    Latitude 42.22715
    type "Access POP"
  ]
  node [
    id 36
    label "Lava Hot Springs"
    Country "United States"
    Longitude -112.01107
    Internal 1
    Latitude 42.61936
    type "Access POP"
  ]
  node [
    id 37
    label "Downey"
    Country "United States"
    Longitude -112.12441
    Internal 1
    Latitude 42.42853
    type "Access POP"
  ]
  node [
    id 38
    label "Malad City"
    Country "United States"
    Longitude -112.2508
    Internal 1
    Latitude 42.19159
    type "Access POP"
  ]
  node [
    id 39
    label "McCammon"
    Country "United States"
    Longitude -112.19302
    Internal 1
    Latitude 42.65047
    type "Access POP"
  ]
  node [
    id 40
    label "Gooding"
    Country "United States"
    Longitude -114.71311
    Internal 1
    Latitude 42.93879
    type "Access POP"
  ]
  node [
    id 41
    label "Idaho Falls"
    Country "United States"
    Longitude -112.03414
    Internal 1
    Latitude 43.46658
    type "Central Office"
  ]
  node [
    id 42
    label "Cheyenne"
    Internal 0
  ]
  node [
    id 43
    label "Glenn's Ferry"
    Country "United States"
    Longitude -115.3009
    Internal 1
    Latitude 42.9549
    type "Access POP"
  ]
  node [
    id 44
    label "Jack Pot"
    Country "United States"
    Longitude -114.67476
    Internal 1
    Latitude 41.98324
    type "Access POP"
  ]
  node [
    id 45
    label "Salt Lake City"
    Internal 0
  ]
  node [
    id 46
    label "Oakley"
    Country "United States"
    Longitude -113.88196
    Internal 1
    Latitude 42.24325
    type "Access POP"
  ]
  node [
    id 47
    label "Hagerman"
    Country "United States"
    Longitude -114.89867
    Internal 1
    Latitude 42.81212
    type "Access POP"
  ]
  node [
    id 48
    label "American Falls"
    Country "United States"
    Longitude -112.85444
    Internal 1
    Latitude 42.78602
    type "POP"
  ]
  node [
    id 49
    label "St Anthony"
    Country "United States"
    Longitude -111.68218
    Internal 1
    Latitude 43.9663
    type "Access POP"
  ]
  node [
    id 50
    label "Dubois"
    Country "United States"
    Longitude -112.23082
    Internal 1
    Latitude 44.1763
    type "Access POP"
  ]
  node [
    id 51
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 52
    label "Challis"
    Country "United States"
    Longitude -114.23173
    Internal 1
    Latitude 44.50464
    type "Access POP"
  ]
  node [
    id 53
    label "Stanley"
    Country "United States"
    Longitude -114.93858
    Internal 1
    Latitude 44.21742
    type "Access POP"
  ]
  node [
    id 54
    label "Galena"
    Country "United States"
    Longitude -114.65729
    Internal 1
    Latitude 43.8713
    type "Access POP"
  ]
  node [
    id 55
    label "Missoula"
    Internal 0
  ]
  node [
    id 56
    label "Terreton"
    Country "United States"
    Longitude -112.43637
    Internal 1
    Latitude 43.84157
    type "Access POP"
  ]
  node [
    id 57
    label "Howe"
    Country "United States"
    Longitude -113.00472
    Internal 1
    Latitude 43.78352
    type "Access POP"
  ]
  node [
    id 58
    label "Arco"
    Country "United States"
    Longitude -113.30028
    Internal 1
    Latitude 43.63657
    type "POP"
  ]
  node [
    id 59
    label "Mackay"
    Country "United States"
    Longitude -113.61336
    Internal 1
    Latitude 43.91463
    type "Access POP"
  ]
  node [
    id 60
    label "Halfway"
    Internal 0
  ]
  node [
    id 61
    label "Filer"
    Country "United States"
    Longitude -114.60782
    Internal 1
    Latitude 42.57019
    type "Access POP"
  ]
  node [
    id 62
    label "Spokane"
    Internal 0
  ]
  node [
    id 63
    label "Preston"
    Country "United States"
    Longitude -111.87662
    Internal 1
    Latitude 42.09631
    type "Access POP"
  ]
  node [
    id 64
    label "Payette"
    Country "United States"
    Longitude -116.93377
    Internal 1
    Latitude 44.07822
    type "Access POP"
  ]
  node [
    id 65
    label "Fruitland"
    Country "United States"
    Longitude -116.91655
    Internal 1
    Latitude 44.00766
    type "Access POP"
  ]
  node [
    id 66
    label "Salmon"
    Country "United States"
    Longitude -113.8959
    Internal 1
    Latitude 45.17575
    type "Access POP"
  ]
  node [
    id 67
    label "Council"
    Country "United States"
    Longitude -116.4382
    Internal 1
    Latitude 44.72989
    type "Access POP"
  ]
  node [
    id 68
    label "McCall"
    Country "United States"
    Longitude -116.09874
    Internal 1
    Latitude 44.91101
    type "Access POP"
  ]
  node [
    id 69
    label "Cambridge"
    Country "United States"
    Longitude -116.67599
    Internal 1
    Latitude 44.57266
    type "Access POP"
  ]
  node [
    id 70
    label "Mesa"
    Country "United States"
    Longitude -116.4507
    Internal 1
    Latitude 44.62878
    type "Access POP"
  ]
  node [
    id 71
    label "Indian Valley"
    Country "United States"
    Longitude -116.43403
    Internal 1
    Latitude 44.55711
    type "Access POP"
  ]
  node [
    id 72
    label "Midvale"
    Country "United States"
    Longitude -116.73461
    Internal 1
    Latitude 44.47127
    type "Access POP"
  ]
  node [
    id 73
    label "Weiser"
    Country "United States"
    Longitude -116.96933
    Internal 1
    Latitude 44.251
    type "Access POP"
  ]
  edge [
    source 0
    target 3
    id "e13"
  ]
  edge [
    source 0
    target 7
    id "e14"
  ]
  edge [
    source 1
    target 6
    id "e15"
  ]
  edge [
    source 1
    target 71
    id "e7"
  ]
  edge [
    source 2
    target 65
    id "e11"
  ]
  edge [
    source 2
    target 3
    id "e12"
  ]
  edge [
    source 4
    target 10
    id "e23"
  ]
  edge [
    source 4
    target 7
    id "e21"
  ]
  edge [
    source 5
    target 43
    id "e24"
  ]
  edge [
    source 5
    target 7
    id "e22"
  ]
  edge [
    source 7
    target 42
    id "e19"
  ]
  edge [
    source 7
    target 45
    id "e20"
  ]
  edge [
    source 7
    target 55
    id "e16"
  ]
  edge [
    source 7
    target 28
    id "e17"
  ]
  edge [
    source 7
    target 62
    id "e18"
  ]
  edge [
    source 8
    target 48
    id "e62"
  ]
  edge [
    source 8
    target 9
    id "e63"
  ]
  edge [
    source 9
    target 29
    id "e64"
  ]
  edge [
    source 9
    target 38
    id "e65"
  ]
  edge [
    source 10
    target 51
    id "e25"
  ]
  edge [
    source 11
    target 51
    id "e26"
  ]
  edge [
    source 12
    target 13
    id "e59"
  ]
  edge [
    source 12
    target 14
    id "e58"
  ]
  edge [
    source 13
    target 31
    id "e60"
  ]
  edge [
    source 14
    target 15
    id "e57"
  ]
  edge [
    source 15
    target 33
    id "e55"
  ]
  edge [
    source 15
    target 46
    id "e54"
  ]
  edge [
    source 16
    target 17
    id "e47"
  ]
  edge [
    source 16
    target 25
    id "e46"
  ]
  edge [
    source 17
    target 41
    id "e48"
  ]
  edge [
    source 17
    target 21
    id "e41"
  ]
  edge [
    source 18
    target 49
    id "e38"
  ]
  edge [
    source 19
    target 20
    id "e39"
  ]
  edge [
    source 20
    target 21
    id "e40"
  ]
  edge [
    source 22
    target 23
    id "e42"
  ]
  edge [
    source 23
    target 24
    id "e43"
  ]
  edge [
    source 23
    target 25
    id "e44"
  ]
  edge [
    source 25
    target 34
    id "e45"
  ]
  edge [
    source 26
    target 33
    id "e56"
  ]
  edge [
    source 27
    target 51
    id "e27"
  ]
  edge [
    source 27
    target 54
    id "e28"
  ]
  edge [
    source 29
    target 30
    id "e66"
  ]
  edge [
    source 29
    target 39
    id "e67"
  ]
  edge [
    source 31
    target 48
    id "e61"
  ]
  edge [
    source 32
    target 36
    id "e71"
  ]
  edge [
    source 32
    target 37
    id "e69"
  ]
  edge [
    source 32
    target 63
    id "e73"
  ]
  edge [
    source 33
    target 40
    id "e49"
  ]
  edge [
    source 33
    target 61
    id "e52"
  ]
  edge [
    source 34
    target 35
    id "e72"
  ]
  edge [
    source 34
    target 36
    id "e70"
  ]
  edge [
    source 36
    target 39
    id "e68"
  ]
  edge [
    source 41
    target 49
    id "e37"
  ]
  edge [
    source 43
    target 47
    id "e50"
  ]
  edge [
    source 44
    target 61
    id "e51"
  ]
  edge [
    source 47
    target 61
    id "e53"
  ]
  edge [
    source 49
    target 50
    id "e36"
  ]
  edge [
    source 50
    target 56
    id "e35"
  ]
  edge [
    source 52
    target 66
    id "e0"
  ]
  edge [
    source 52
    target 59
    id "e31"
  ]
  edge [
    source 52
    target 53
    id "e30"
  ]
  edge [
    source 53
    target 54
    id "e29"
  ]
  edge [
    source 56
    target 57
    id "e34"
  ]
  edge [
    source 57
    target 58
    id "e33"
  ]
  edge [
    source 58
    target 59
    id "e32"
  ]
  edge [
    source 60
    target 69
    id "e3"
  ]
  edge [
    source 64
    target 65
    id "e10"
  ]
  edge [
    source 64
    target 73
    id "e9"
  ]
  edge [
    source 67
    target 68
    id "e1"
  ]
  edge [
    source 67
    target 70
    id "e2"
  ]
  edge [
    source 69
    target 72
    id "e5"
  ]
  edge [
    source 69
    target 70
    id "e4"
  ]
  edge [
    source 70
    target 71
    id "e6"
  ]
  edge [
    source 72
    target 73
    id "e8"
  ]
]
