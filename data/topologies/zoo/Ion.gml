graph [
  DateObtained "24/10/10"
  GeoLocation "New York, USA"
  GeoExtent "Region"
  Network "ION"
  Provenance "Primary"
  Access 0
  Source "http://www.i-o-n.com/network.html"
  Version "1.0"
  DateType "Historic"
  Type "COM"
  Backbone 1
  Commercial 0
  label "Ion"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 1
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth 0
  LastAccess "3/08/10"
  Layer "Fibre"
  Creator "Topology Zoo Toolset"
  Developed 1
  Transit 1
  NetworkDate "2007"
  DateYear "2007"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "Schroon Lake"
    Country "United States"
    Longitude -73.76096
    Internal 1
    Latitude 43.83867
  ]
  node [
    id 1
    label "Remsen"
    Country "United States"
    Longitude -75.18683
    Internal 1
    Latitude 43.32701
  ]
  node [
    id 2
    label "Benningtown"
    Country "United States"
    Longitude -73.19677
    Internal 1
    Latitude 42.87813
  ]
  node [
    id 3
    label "Brattleboro"
    Country "United States"
    Longitude -72.55787
    Internal 1
    Latitude 42.85092
  ]
  node [
    id 4
    label "Putney"
    Country "United States"
    Longitude -72.48342
    Internal 1
    Latitude 42.99397
  ]
  node [
    id 5
    label "Bellows Falls"
    Country "United States"
    Longitude -72.44398
    Internal 1
    Latitude 43.13341
  ]
  node [
    id 6
    label "Keene"
    Country "United States"
    Longitude -72.27814
    Internal 1
    Latitude 42.93369
  ]
  node [
    id 7
    label "Boston"
    Country "United States"
    Longitude -71.05977
    Internal 1
    Latitude 42.35843
  ]
  node [
    id 8
    label "Saratoga Springs"
    Country "United States"
    Longitude -73.78457
    Internal 1
    Latitude 43.08313
  ]
  node [
    id 9
    label "Queensbury"
    Country "United States"
    Longitude -73.61317
    Internal 1
    Latitude 43.37729
  ]
  node [
    id 10
    label "Margaretsville"
    Country "United States"
    Longitude -74.64821
    Internal 1
    Latitude 42.1487
  ]
  node [
    id 11
    label "Delhi"
    Country "United States"
    Longitude -74.91599
    Internal 1
    Latitude 42.27814
  ]
  node [
    id 12
    label "Norwich"
    Country "United States"
    Longitude -75.52351
    Internal 1
    Latitude 42.53118
  ]
  node [
    id 13
    label "Deposit"
    Country "United States"
    Longitude -75.42768
    Internal 1
    Latitude 42.06008
  ]
  node [
    id 14
    label "Herkimmer"
    Country "United States"
    Longitude -74.98599
    Internal 1
    Latitude 43.02563
  ]
  node [
    id 15
    label "Newport"
    Country "United States"
    Longitude -75.01432
    Internal 1
    Latitude 43.1859
  ]
  node [
    id 16
    label "Vernon"
    Country "United States"
    geocode_id "5142269"
    Internal 1
    Longitude -75.53934
    Latitude 43.07951
  ]
  node [
    id 17
    label "Utica"
    Country "United States"
    Longitude -75.23266
    Internal 1
    Latitude 43.1009
  ]
  node [
    id 18
    label "Hancock"
    Country "United States"
    Longitude -75.28045
    Internal 1
    Latitude 41.95398
  ]
  node [
    id 19
    label "Binghampton"
    Country "United States"
    Longitude -75.91797
    Internal 1
    Latitude 42.09869
  ]
  node [
    id 20
    label "Coxsackie"
    Country "United States"
    Longitude -73.8029
    Internal 1
    Latitude 42.35092
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
    label "Champlain"
    Country "United States"
    Longitude -73.44653
    Internal 1
    Latitude 44.98643
  ]
  node [
    id 24
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 25
    label "Chesterfield"
    Country "United States"
    geocode_id "5112478"
    Internal 1
    Longitude -73.48458
    Latitude 44.45922
  ]
  node [
    id 26
    label "Westport"
    Country "United States"
    Longitude -73.43568
    Internal 1
    Latitude 44.18394
  ]
  node [
    id 27
    label "Chazy"
    Country "United States"
    Longitude -73.43597
    Internal 1
    Latitude 44.88976
  ]
  node [
    id 28
    label "Plattsburgh"
    Country "United States"
    Longitude -73.45291
    Internal 1
    Latitude 44.69949
  ]
  node [
    id 29
    label "Burlington"
    Country "United States"
    Longitude -73.21207
    Internal 1
    Latitude 44.47588
  ]
  node [
    id 30
    label "None"
    Internal 1
  ]
  node [
    id 31
    label "None"
    Internal 1
  ]
  node [
    id 32
    label "Winooski"
    Country "United States"
    Longitude -73.18568
    Internal 1
    Latitude 44.49144
  ]
  node [
    id 33
    label "Essex Junction"
    Country "United States"
    Longitude -73.11096
    Internal 1
    Latitude 44.49061
  ]
  node [
    id 34
    label "Mountpelier"
    Country "United States"
    Longitude -72.57539
    Internal 1
    Latitude 44.26006
  ]
  node [
    id 35
    label "Poughkeepsie"
    Country "United States"
    Longitude -73.92097
    Internal 1
    Latitude 41.70037
  ]
  node [
    id 36
    label "Germantown"
    Country "United States"
    Longitude -73.8918
    Internal 1
    Latitude 42.13453
  ]
  node [
    id 37
    label "Rowland"
    Country "United States"
    Longitude -75.04211
    Internal 1
    Latitude 41.4712
  ]
  node [
    id 38
    label "Port Jervis"
    Country "United States"
    Longitude -74.69266
    Internal 1
    Latitude 41.37509
  ]
  node [
    id 39
    label "Forest City"
    Country "United States"
    Longitude -75.46657
    Internal 1
    Latitude 41.65147
  ]
  node [
    id 40
    label "South Canaan"
    Country "United States"
    Longitude -75.41213
    Internal 1
    Latitude 41.50536
  ]
  node [
    id 41
    label "New York City"
    Country "United States"
    Longitude -74.00597
    Internal 1
    Latitude 40.71427
  ]
  node [
    id 42
    label "Putnam Valley"
    Country "United States"
    Longitude -73.87403
    Internal 1
    Latitude 41.33593
  ]
  node [
    id 43
    label "Monroe"
    Country "United States"
    geocode_id "5127313"
    Internal 1
    Longitude -74.19237
    Latitude 41.3087
  ]
  node [
    id 44
    label "Harriman"
    Country "United States"
    Longitude -74.14459
    Internal 1
    Latitude 41.30843
  ]
  node [
    id 45
    label "Addison"
    Country "United States"
    Longitude -77.23359
    Internal 1
    Latitude 42.10285
  ]
  node [
    id 46
    label "Corning"
    Country "United States"
    Longitude -77.05469
    Internal 1
    Latitude 42.14285
  ]
  node [
    id 47
    label "Elmira"
    Country "United States"
    Longitude -76.80773
    Internal 1
    Latitude 42.0898
  ]
  node [
    id 48
    label "Odessa"
    Country "United States"
    Longitude -76.78857
    Internal 1
    Latitude 42.33674
  ]
  node [
    id 49
    label "Burdett"
    Country "United States"
    Longitude -76.84885
    Internal 1
    Latitude 42.42007
  ]
  node [
    id 50
    label "Waterloo"
    Country "United States"
    Longitude -76.86274
    Internal 1
    Latitude 42.90479
  ]
  node [
    id 51
    label "Geneva"
    Country "United States"
    Longitude -76.97774
    Internal 1
    Latitude 42.86896
  ]
  node [
    id 52
    label "Ovid"
    Country "United States"
    Longitude -76.82301
    Internal 1
    Latitude 42.67646
  ]
  node [
    id 53
    label "Millerton"
    Country "United States"
    Longitude -76.93857
    Internal 1
    Latitude 41.98341
  ]
  node [
    id 54
    label "Whitesville"
    Country "United States"
    Longitude -77.76249
    Internal 1
    Latitude 42.03785
  ]
  node [
    id 55
    label "Hamilton"
    Country "United States"
    Longitude -75.54462
    Internal 1
    Latitude 42.82701
  ]
  node [
    id 56
    label "Cooperstown"
    Country "United States"
    Longitude -74.92432
    Internal 1
    Latitude 42.70063
  ]
  node [
    id 57
    label "Oneonta"
    Country "United States"
    Longitude -75.06377
    Internal 1
    Latitude 42.45286
  ]
  node [
    id 58
    label "Middleburgh"
    Country "United States"
    Longitude -74.33292
    Internal 1
    Latitude 42.59869
  ]
  node [
    id 59
    label "Dryden"
    Country "United States"
    Longitude -76.29716
    Internal 1
    Latitude 42.49091
  ]
  node [
    id 60
    label "Ithaca"
    Country "United States"
    Longitude -76.49661
    Internal 1
    Latitude 42.44063
  ]
  node [
    id 61
    label "Cortland"
    Country "United States"
    Longitude -76.18048
    Internal 1
    Latitude 42.60118
  ]
  node [
    id 62
    label "Morrisville"
    Country "United States"
    Longitude -75.64018
    Internal 1
    Latitude 42.89868
  ]
  node [
    id 63
    label "Paul Smiths"
    Country "United States"
    Longitude -74.25266
    Internal 1
    Latitude 44.43867
  ]
  node [
    id 64
    label "Albany"
    Country "United States"
    Longitude -73.75623
    Internal 1
    Latitude 42.65258
  ]
  node [
    id 65
    label "Gloversville"
    Country "United States"
    Longitude -74.34375
    Internal 1
    Latitude 43.05285
  ]
  node [
    id 66
    label "Saranac Lake"
    Country "United States"
    Longitude -74.13127
    Internal 1
    Latitude 44.3295
  ]
  node [
    id 67
    label "Buffalo"
    Country "United States"
    Longitude -78.87837
    Internal 1
    Latitude 42.88645
  ]
  node [
    id 68
    label "Barre"
    Country "United States"
    Longitude -78.19419
    Internal 1
    Latitude 43.18617
  ]
  node [
    id 69
    label "Lowville"
    Country "United States"
    Longitude -75.49185
    Internal 1
    Latitude 43.78674
  ]
  node [
    id 70
    label "Boonville"
    Country "United States"
    Longitude -75.33656
    Internal 1
    Latitude 43.48368
  ]
  node [
    id 71
    label "Altmar"
    Country "United States"
    Longitude -76.00214
    Internal 1
    Latitude 43.51007
  ]
  node [
    id 72
    label "Pulaski"
    Country "United States"
    Longitude -76.1277
    Internal 1
    Latitude 43.56701
  ]
  node [
    id 73
    label "Auburn"
    Country "United States"
    Longitude -76.56605
    Internal 1
    Latitude 42.93173
  ]
  node [
    id 74
    label "Syracuse"
    Country "United States"
    Longitude -76.14742
    Internal 1
    Latitude 43.04812
  ]
  node [
    id 75
    label "Rochester"
    Country "United States"
    Longitude -77.61556
    Internal 1
    Latitude 43.15478
  ]
  node [
    id 76
    label "Phelps"
    Country "United States"
    Longitude -77.05747
    Internal 1
    Latitude 42.95756
  ]
  node [
    id 77
    label "Almond"
    Country "United States"
    Longitude -77.73833
    Internal 1
    Latitude 42.32229
  ]
  node [
    id 78
    label "Ingleside"
    Country "United States"
    Longitude -77.3936
    Internal 1
    Latitude 42.5609
  ]
  node [
    id 79
    label "Wellsville"
    Country "United States"
    Longitude -77.94806
    Internal 1
    Latitude 42.12201
  ]
  node [
    id 80
    label "Alfred"
    Country "United States"
    Longitude -77.79055
    Internal 1
    Latitude 42.25424
  ]
  node [
    id 81
    label "Salamanca"
    Country "United States"
    Longitude -78.71503
    Internal 1
    Latitude 42.15784
  ]
  node [
    id 82
    label "Olean"
    Country "United States"
    Longitude -78.42974
    Internal 1
    Latitude 42.07756
  ]
  node [
    id 83
    label "Cassadaga"
    Country "United States"
    Longitude -79.30949
    Internal 1
    Latitude 42.34422
  ]
  node [
    id 84
    label "Jamestown"
    Country "United States"
    Longitude -79.23533
    Internal 1
    Latitude 42.097
  ]
  node [
    id 85
    label "Empire Telephone Co"
    Internal 1
  ]
  node [
    id 86
    label "Fredonia"
    Country "United States"
    Longitude -79.33171
    Internal 1
    Latitude 42.44006
  ]
  node [
    id 87
    label "Lake Placid"
    Country "United States"
    Longitude -73.97987
    Internal 1
    Latitude 44.27949
  ]
  node [
    id 88
    label "Malone"
    Country "United States"
    Longitude -74.2949
    Internal 1
    Latitude 44.84866
  ]
  node [
    id 89
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 90
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 91
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 92
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 93
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 94
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 95
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 96
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 97
    label "Cobleskill"
    Country "United States"
    Longitude -74.48542
    Internal 1
    Latitude 42.67785
  ]
  node [
    id 98
    label "Cazenovia"
    Country "United States"
    Longitude -75.85269
    Internal 1
    Latitude 42.93007
  ]
  node [
    id 99
    label "Manchester"
    Country "United States"
    Longitude -73.07233
    Internal 1
    Latitude 43.16369
  ]
  node [
    id 100
    label "Whitehall"
    Country "United States"
    Longitude -73.40372
    Internal 1
    Latitude 43.55562
  ]
  node [
    id 101
    label "Bristol"
    Country "United States"
    Longitude -73.07901
    Internal 1
    Latitude 44.13339
  ]
  node [
    id 102
    label "Lebanon"
    Country "United States"
    Longitude -72.25176
    Internal 1
    Latitude 43.64229
  ]
  node [
    id 103
    label "White River Junction"
    Country "United States"
    Longitude -72.31926
    Internal 1
    Latitude 43.64896
  ]
  node [
    id 104
    label "Barre"
    Country "United States"
    Longitude -72.50205
    Internal 1
    Latitude 44.19701
  ]
  node [
    id 105
    label "Rutland"
    Country "United States"
    Longitude -72.97261
    Internal 1
    Latitude 43.61062
  ]
  node [
    id 106
    label "Middlebury"
    Country "United States"
    Longitude -73.16734
    Internal 1
    Latitude 44.01534
  ]
  node [
    id 107
    label "Crown Point"
    Country "United States"
    Longitude -73.43707
    Internal 1
    Latitude 43.95034
  ]
  node [
    id 108
    label "Addison"
    Country "United States"
    Longitude -73.30262
    Internal 1
    Latitude 44.08867
  ]
  node [
    id 109
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 110
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 111
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 112
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 113
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 114
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 115
    label "Gouveneur"
    Country "United States"
    Longitude -75.46299
    Internal 1
    Latitude 44.33673
  ]
  node [
    id 116
    label "Saugerties"
    Country "United States"
    Longitude -73.95291
    Internal 1
    Latitude 42.07759
  ]
  node [
    id 117
    label "Watertown"
    Country "United States"
    Longitude -75.91076
    Internal 1
    Latitude 43.97478
  ]
  node [
    id 118
    label "Alexandria Bay"
    Country "United States"
    Longitude -75.91773
    Internal 1
    Latitude 44.33588
  ]
  node [
    id 119
    label "Ogdensburg"
    Country "United States"
    Longitude -75.48634
    Internal 1
    Latitude 44.69423
  ]
  node [
    id 120
    label "Massena"
    Country "United States"
    Longitude -74.89186
    Internal 1
    Latitude 44.9281
  ]
  node [
    id 121
    label "Potsdam"
    Country "United States"
    Longitude -74.98131
    Internal 1
    Latitude 44.66978
  ]
  node [
    id 122
    label "Canton"
    Country "United States"
    Longitude -75.16909
    Internal 1
    Latitude 44.59562
  ]
  node [
    id 123
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 124
    label "None"
    hyperedge 1
    Internal 1
  ]
  edge [
    source 0
    target 25
    id "e20"
  ]
  edge [
    source 0
    target 9
    id "e52"
  ]
  edge [
    source 1
    target 114
    id "e55"
  ]
  edge [
    source 1
    target 70
    id "e54"
  ]
  edge [
    source 2
    target 99
    id "e44"
  ]
  edge [
    source 2
    target 3
    id "e45"
  ]
  edge [
    source 3
    target 4
    id "e46"
  ]
  edge [
    source 3
    target 5
    id "e47"
  ]
  edge [
    source 3
    target 6
    id "e48"
  ]
  edge [
    source 3
    target 6
    id "e49"
  ]
  edge [
    source 3
    target 7
    id "e50"
  ]
  edge [
    source 5
    target 103
    id "e34"
  ]
  edge [
    source 8
    target 100
    id "e43"
  ]
  edge [
    source 8
    target 92
    id "e51"
  ]
  edge [
    source 9
    target 64
    id "e53"
  ]
  edge [
    source 10
    target 58
    id "e111"
  ]
  edge [
    source 10
    target 11
    id "e125"
  ]
  edge [
    source 11
    target 18
    id "e124"
  ]
  edge [
    source 12
    target 19
    id "e128"
  ]
  edge [
    source 13
    target 18
    id "e127"
  ]
  edge [
    source 13
    target 19
    id "e126"
  ]
  edge [
    source 14
    target 17
    id "e121"
  ]
  edge [
    source 14
    target 111
    id "e120"
  ]
  edge [
    source 15
    target 114
    id "e119"
  ]
  edge [
    source 15
    target 111
    id "e118"
  ]
  edge [
    source 16
    target 112
    id "e123"
  ]
  edge [
    source 16
    target 17
    id "e122"
  ]
  edge [
    source 18
    target 39
    id "e129"
  ]
  edge [
    source 19
    target 59
    id "e100"
  ]
  edge [
    source 20
    target 64
    id "e115"
  ]
  edge [
    source 20
    target 36
    id "e142"
  ]
  edge [
    source 21
    target 80
    id "e82"
  ]
  edge [
    source 21
    target 54
    id "e97"
  ]
  edge [
    source 21
    target 79
    id "e80"
  ]
  edge [
    source 22
    target 80
    id "e81"
  ]
  edge [
    source 22
    target 54
    id "e96"
  ]
  edge [
    source 22
    target 79
    id "e79"
  ]
  edge [
    source 23
    target 26
    id "e22"
  ]
  edge [
    source 23
    target 27
    id "e18"
  ]
  edge [
    source 24
    target 35
    id "e139"
  ]
  edge [
    source 24
    target 35
    id "e140"
  ]
  edge [
    source 24
    target 36
    id "e141"
  ]
  edge [
    source 25
    target 28
    id "e19"
  ]
  edge [
    source 26
    target 107
    id "e21"
  ]
  edge [
    source 26
    target 87
    id "e14"
  ]
  edge [
    source 27
    target 28
    id "e17"
  ]
  edge [
    source 28
    target 88
    id "e15"
  ]
  edge [
    source 29
    target 32
    id "e25"
  ]
  edge [
    source 29
    target 33
    id "e27"
  ]
  edge [
    source 29
    target 101
    id "e28"
  ]
  edge [
    source 29
    target 105
    id "e30"
  ]
  edge [
    source 29
    target 106
    id "e29"
  ]
  edge [
    source 29
    target 30
    id "e26"
  ]
  edge [
    source 30
    target 31
    id "e23"
  ]
  edge [
    source 31
    target 32
    id "e24"
  ]
  edge [
    source 33
    target 34
    id "e31"
  ]
  edge [
    source 34
    target 104
    id "e32"
  ]
  edge [
    source 34
    target 103
    id "e33"
  ]
  edge [
    source 35
    target 42
    id "e138"
  ]
  edge [
    source 37
    target 40
    id "e131"
  ]
  edge [
    source 37
    target 38
    id "e132"
  ]
  edge [
    source 38
    target 43
    id "e133"
  ]
  edge [
    source 39
    target 40
    id "e130"
  ]
  edge [
    source 41
    target 42
    id "e137"
  ]
  edge [
    source 41
    target 44
    id "e135"
  ]
  edge [
    source 43
    target 44
    id "e134"
  ]
  edge [
    source 44
    target 116
    id "e136"
  ]
  edge [
    source 45
    target 93
    id "e95"
  ]
  edge [
    source 45
    target 54
    id "e94"
  ]
  edge [
    source 46
    target 93
    id "e93"
  ]
  edge [
    source 46
    target 47
    id "e92"
  ]
  edge [
    source 47
    target 48
    id "e90"
  ]
  edge [
    source 48
    target 49
    id "e88"
  ]
  edge [
    source 48
    target 123
    id "e91"
  ]
  edge [
    source 48
    target 78
    id "e85"
  ]
  edge [
    source 49
    target 109
    id "e89"
  ]
  edge [
    source 50
    target 76
    id "e66"
  ]
  edge [
    source 51
    target 76
    id "e65"
  ]
  edge [
    source 51
    target 52
    id "e87"
  ]
  edge [
    source 52
    target 109
    id "e86"
  ]
  edge [
    source 53
    target 123
    id "e98"
  ]
  edge [
    source 55
    target 56
    id "e108"
  ]
  edge [
    source 55
    target 62
    id "e106"
  ]
  edge [
    source 56
    target 57
    id "e109"
  ]
  edge [
    source 57
    target 97
    id "e110"
  ]
  edge [
    source 58
    target 97
    id "e112"
  ]
  edge [
    source 58
    target 92
    id "e113"
  ]
  edge [
    source 59
    target 124
    id "e101"
  ]
  edge [
    source 59
    target 61
    id "e99"
  ]
  edge [
    source 60
    target 124
    id "e103"
  ]
  edge [
    source 60
    target 124
    id "e104"
  ]
  edge [
    source 60
    target 109
    id "e102"
  ]
  edge [
    source 61
    target 98
    id "e105"
  ]
  edge [
    source 62
    target 98
    id "e107"
  ]
  edge [
    source 63
    target 96
    id "e11"
  ]
  edge [
    source 63
    target 66
    id "e12"
  ]
  edge [
    source 64
    target 116
    id "e114"
  ]
  edge [
    source 64
    target 65
    id "e116"
  ]
  edge [
    source 65
    target 111
    id "e117"
  ]
  edge [
    source 66
    target 87
    id "e13"
  ]
  edge [
    source 67
    target 74
    id "e60"
  ]
  edge [
    source 67
    target 68
    id "e70"
  ]
  edge [
    source 67
    target 86
    id "e71"
  ]
  edge [
    source 68
    target 95
    id "e69"
  ]
  edge [
    source 69
    target 117
    id "e0"
  ]
  edge [
    source 69
    target 70
    id "e56"
  ]
  edge [
    source 71
    target 74
    id "e58"
  ]
  edge [
    source 72
    target 74
    id "e57"
  ]
  edge [
    source 72
    target 117
    id "e1"
  ]
  edge [
    source 73
    target 124
    id "e63"
  ]
  edge [
    source 73
    target 110
    id "e62"
  ]
  edge [
    source 74
    target 112
    id "e59"
  ]
  edge [
    source 74
    target 110
    id "e61"
  ]
  edge [
    source 75
    target 76
    id "e67"
  ]
  edge [
    source 75
    target 95
    id "e68"
  ]
  edge [
    source 76
    target 110
    id "e64"
  ]
  edge [
    source 77
    target 80
    id "e83"
  ]
  edge [
    source 77
    target 78
    id "e84"
  ]
  edge [
    source 79
    target 82
    id "e78"
  ]
  edge [
    source 81
    target 82
    id "e76"
  ]
  edge [
    source 81
    target 94
    id "e77"
  ]
  edge [
    source 83
    target 86
    id "e73"
  ]
  edge [
    source 83
    target 94
    id "e74"
  ]
  edge [
    source 84
    target 94
    id "e75"
  ]
  edge [
    source 85
    target 95
    id "e72"
  ]
  edge [
    source 88
    target 91
    id "e16"
  ]
  edge [
    source 89
    target 90
    id "e149"
  ]
  edge [
    source 89
    target 115
    id "e143"
  ]
  edge [
    source 89
    target 122
    id "e10"
  ]
  edge [
    source 90
    target 96
    id "e148"
  ]
  edge [
    source 91
    target 120
    id "e6"
  ]
  edge [
    source 93
    target 123
    id "e147"
  ]
  edge [
    source 96
    target 121
    id "e8"
  ]
  edge [
    source 99
    target 105
    id "e42"
  ]
  edge [
    source 100
    target 105
    id "e41"
  ]
  edge [
    source 100
    target 107
    id "e40"
  ]
  edge [
    source 101
    target 106
    id "e37"
  ]
  edge [
    source 102
    target 103
    id "e36"
  ]
  edge [
    source 102
    target 103
    id "e35"
  ]
  edge [
    source 106
    target 108
    id "e39"
  ]
  edge [
    source 107
    target 108
    id "e38"
  ]
  edge [
    source 111
    target 113
    id "e146"
  ]
  edge [
    source 112
    target 113
    id "e145"
  ]
  edge [
    source 113
    target 114
    id "e144"
  ]
  edge [
    source 115
    target 117
    id "e2"
  ]
  edge [
    source 117
    target 118
    id "e3"
  ]
  edge [
    source 118
    target 119
    id "e4"
  ]
  edge [
    source 119
    target 120
    id "e5"
  ]
  edge [
    source 120
    target 121
    id "e7"
  ]
  edge [
    source 121
    target 122
    id "e9"
  ]
]
