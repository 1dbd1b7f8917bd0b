graph [
  DateObtained "12/03/11"
  GeoLocation "Norway"
  GeoExtent "Country"
  Network "Uninett"
  Provenance "Primary"
  Access 0
  Source "http://www.uninett.no/sites/drupal.uninett.no.uninett/files/fnett2b.png"
  Version "1.0"
  Type "REN"
  DateType "Historic"
  Backbone 1
  Commercial 0
  label "UNINETT"
  Customer 0
  IX 0
  LastAccess "12/03/11"
  Layer "IP"
  Classification "Backbone"
  Creator "Topology Zoo Toolset"
  Developed 1
  Transit 0
  NetworkDate "2009-2010"
  Testbed 0
  SvnVersion 8123
  node [
    id 0
    label "NTNU Hovedbygget"
    Country "Norway"
    Longitude 10.39506
    Internal 1
    Latitude 63.43049
    type "Large Circle"
  ]
  node [
    id 1
    label "NTNU Realfagbygget"
    Country "Norway"
    Longitude 10.39506
    Internal 1
    Latitude 63.43049
    type "Large Circle"
  ]
  node [
    id 2
    label "UNINETT Teknobyen"
    Country "Norway"
    Longitude 10.39506
    Internal 1
    Latitude 63.43049
    type "Small Circle"
  ]
  node [
    id 3
    label "HH Tynset"
    Country "Norway"
    Longitude 10.78241
    Internal 1
    Latitude 62.27594
    type "Small Circle"
  ]
  node [
    id 4
    label "HH Evenstad"
    Country "Norway"
    Longitude 11.11667
    Internal 1
    Latitude 64.86667
    type "Small Circle"
  ]
  node [
    id 5
    label "HH Rena"
    Country "Norway"
    Longitude 11.36409
    Internal 1
    Latitude 61.13484
    type "Small Circle"
  ]
  node [
    id 6
    label "HH Elverum"
    Country "Norway"
    Longitude 11.56231
    Internal 1
    Latitude 60.88191
    type "Small Circle"
  ]
  node [
    id 7
    label "HH Kongsvinger"
    Country "Norway"
    Longitude 11.99772
    Internal 1
    Latitude 60.19049
    type "Small Circle"
  ]
  node [
    id 8
    label "HH Hamar"
    Country "Norway"
    Longitude 11.06798
    Internal 1
    Latitude 60.7945
    type "Small Circle"
  ]
  node [
    id 9
    label "HiL Lillehammer"
    Country "Norway"
    Longitude 10.46628
    Internal 1
    Latitude 61.11514
    type "Small Circle"
  ]
  node [
    id 10
    label "HiG Gjovik"
    Country "Norway"
    Longitude 10.69155
    Internal 1
    Latitude 60.79574
    type "Small Circle"
  ]
  node [
    id 11
    label "UiO St Olavsplass 5"
    Country "Norway"
    Longitude 10.74609
    Internal 1
    Latitude 59.91273
    type "Large Circle"
  ]
  node [
    id 12
    label "UiO"
    Country "Norway"
    Longitude 10.74609
    Internal 1
    Latitude 59.91273
    type "Large Circle"
  ]
  node [
    id 13
    label "UiO"
    Country "Norway"
    Longitude 10.74609
    Internal 1
    Latitude 59.91273
    type "Large Circle"
  ]
  node [
    id 14
    label "UNIK Kjeller"
    Country "Norway"
    Longitude 11.03333
    Internal 1
    Latitude 59.98333
    type "Small Circle"
  ]
  node [
    id 15
    label "HiBu Honefoss"
    Country "Norway"
    Longitude 10.25647
    Internal 1
    Latitude 60.16804
    type "Small Circle"
  ]
  node [
    id 16
    label "Statenskartverkgeodesi"
    Country "Norway"
    Longitude 10.25647
    Internal 1
    Latitude 60.16804
    type "Small Circle"
  ]
  node [
    id 17
    label "HiBU Kongsberg"
    Country "Norway"
    Longitude 9.65017
    Internal 1
    Latitude 59.66858
    type "Small Circle"
  ]
  node [
    id 18
    label "HiBU Drammen"
    Country "Norway"
    Longitude 10.20449
    Internal 1
    Latitude 59.74389
    type "Small Circle"
  ]
  node [
    id 19
    label "HVE Borre"
    Country "Norway"
    Longitude 10.43
    Internal 1
    Latitude 59.41111
    type "Small Circle"
  ]
  node [
    id 20
    label "HVE Eik"
    Country "Norway"
    Longitude 10.35
    Internal 1
    Latitude 59.61667
    type "Small Circle"
  ]
  node [
    id 21
    label "HVE Larvik"
    Country "Norway"
    Longitude 10.03517
    Internal 1
    Latitude 59.05328
    type "Small Circle"
  ]
  node [
    id 22
    label "HRP Halden"
    Country "Norway"
    Longitude 11.38754
    Internal 1
    Latitude 59.12478
    type "Small Circle"
  ]
  node [
    id 23
    label "HiAK Kjeller"
    Country "Norway"
    Longitude 11.03333
    Internal 1
    Latitude 59.98333
    type "Small Circle"
  ]
  node [
    id 24
    label "HiO Fredrikstad"
    Country "Norway"
    Longitude 10.9298
    Internal 1
    Latitude 59.2181
    type "Small Circle"
  ]
  node [
    id 25
    label "UMB As"
    Country "Norway"
    Longitude 10.2
    Internal 1
    Latitude 63.96667
    type "Small Circle"
  ]
  node [
    id 26
    label "HiO Halden"
    Country "Norway"
    Longitude 11.38754
    Internal 1
    Latitude 59.12478
    type "Small Circle"
  ]
  node [
    id 27
    label "HiO Sarpsborg"
    Country "Norway"
    Longitude 11.10962
    Internal 1
    Latitude 59.28391
    type "Small Circle"
  ]
  node [
    id 28
    label "HiT Notodden"
    Country "Norway"
    Longitude 9.25853
    Internal 1
    Latitude 59.55936
    type "Small Circle"
  ]
  node [
    id 29
    label "HiT Bo"
    Country "Norway"
    Longitude 9.06667
    Internal 1
    Latitude 59.43333
    type "Small Circle"
  ]
  node [
    id 30
    label "HiT Porsgrunn"
    Country "Norway"
    Longitude 9.6561
    Internal 1
    Latitude 59.14054
    type "Small Circle"
  ]
  node [
    id 31
    label "UiA Arendal"
    Country "Norway"
    Longitude 8.77253
    Internal 1
    Latitude 58.46151
    type "Small Circle"
  ]
  node [
    id 32
    label "Hit Rauland"
    Country "Norway"
    Longitude 8.0
    Internal 1
    Latitude 59.73333
    type "Small Circle"
  ]
  node [
    id 33
    label "UiA Grimstad"
    Country "Norway"
    Longitude 8.59343
    Internal 1
    Latitude 58.3405
    type "Small Circle"
  ]
  node [
    id 34
    label "UiA Kristiansand"
    Country "Norway"
    Longitude 7.9956
    Internal 1
    Latitude 58.14671
    type "Large Circle"
  ]
  node [
    id 35
    label "UiS Stavanger"
    Country "Norway"
    Longitude 5.73332
    Internal 1
    Latitude 58.97005
    type "Large Circle"
  ]
  node [
    id 36
    label "VetHS Sandnes"
    Country "Norway"
    Longitude 5.73521
    Internal 1
    Latitude 58.85244
    type "Small Circle"
  ]
  node [
    id 37
    label "HSH Haugesund"
    Country "Norway"
    Longitude 5.268
    Internal 1
    Latitude 59.41378
    type "Small Circle"
  ]
  node [
    id 38
    label "HSH Stord"
    Country "Norway"
    Longitude 5.48333
    Internal 1
    Latitude 59.75
    type "Small Circle"
  ]
  node [
    id 39
    label "UiB Hoyteklogibygget"
    Country "Norway"
    Longitude 5.32415
    Internal 1
    Latitude 60.39299
    type "Large Circle"
  ]
  node [
    id 40
    label "UiB BT"
    Country "Norway"
    Longitude 5.32415
    Internal 1
    Latitude 60.39299
    type "Large Circle"
  ]
  node [
    id 41
    label "HSF Songdal"
    Country "Norway"
    Longitude 7.10026
    Internal 1
    Latitude 61.22829
    type "Small Circle"
  ]
  node [
    id 42
    label "HSF Forde"
    Country "Norway"
    Longitude 5.85717
    Internal 1
    Latitude 61.45217
    type "Small Circle"
  ]
  node [
    id 43
    label "HiA Alesund"
    Country "Norway"
    Longitude 6.15492
    Internal 1
    Latitude 62.47225
    type "Large Circle"
  ]
  node [
    id 44
    label "HVO Volda"
    Country "Norway"
    Longitude 6.07408
    Internal 1
    Latitude 62.14762
    type "Small Circle"
  ]
  node [
    id 45
    label "HSM Molde"
    Country "Norway"
    Longitude 7.15912
    Internal 1
    Latitude 62.73752
    type "Small Circle"
  ]
  node [
    id 46
    label "HSF Sandane"
    Country "Norway"
    Longitude 6.21496
    Internal 1
    Latitude 61.77277
    type "Small Circle"
  ]
  node [
    id 47
    label "HSM Kristiansun"
    Country "Norway"
    Longitude 7.72795
    Internal 1
    Latitude 63.11045
    type "Small Circle"
  ]
  node [
    id 48
    label "UNIS Svalbard"
    Country "Svalbard and Jan Mayen"
    Longitude -8.7187
    Internal 1
    Latitude 70.9221
    type "Small Circle"
  ]
  node [
    id 49
    label "UiTo"
    Country "Norway"
    Longitude 18.95508
    Internal 1
    Latitude 69.6489
    type "Large Circle"
  ]
  node [
    id 50
    label "HiF Hammerfest"
    Country "Norway"
    Longitude 23.68209
    Internal 1
    Latitude 70.66336
    type "Small Circle"
  ]
  node [
    id 51
    label "HiF Alta"
    Country "Norway"
    Longitude 23.27165
    Internal 1
    Latitude 69.96887
    type "Small Circle"
  ]
  node [
    id 52
    label "HiF Vadso"
    Country "Norway"
    Longitude 29.74872
    Internal 1
    Latitude 70.07436
    type "Small Circle"
  ]
  node [
    id 53
    label "HiF Kirkenes"
    Country "Norway"
    Longitude 30.04578
    Internal 1
    Latitude 69.72706
    type "Small Circle"
  ]
  node [
    id 54
    label "SA/SH Kautokeino"
    Country "Norway"
    Longitude 23.04116
    Internal 1
    Latitude 69.01247
    type "Small Circle"
  ]
  node [
    id 55
    label "UiTo Karasjok"
    Country "Norway"
    Longitude 25.51122
    Internal 1
    Latitude 69.47187
    type "Small Circle"
  ]
  node [
    id 56
    label "UiTo"
    Country "Norway"
    Longitude 18.95508
    Internal 1
    Latitude 69.6489
    type "Large Circle"
  ]
  node [
    id 57
    label "HiN Narvik"
    Country "Norway"
    Longitude 17.4272
    Internal 1
    Latitude 68.43838
    type "Small Circle"
  ]
  node [
    id 58
    label "HiH Harstad"
    Country "Norway"
    Longitude 16.54165
    Internal 1
    Latitude 68.79833
    type "Large Circle"
  ]
  node [
    id 59
    label "NRS Andoya"
    Country "Norway"
    Longitude 15.8575
    Internal 1
    Latitude 69.12806
    type "Small Circle"
  ]
  node [
    id 60
    label "HBO Bodo"
    Country "Norway"
    Longitude 14.40501
    Internal 1
    Latitude 67.28
    type "Large Circle"
  ]
  node [
    id 61
    label "HBO Mo i Rana"
    Country "Norway"
    Longitude 14.14278
    Internal 1
    Latitude 66.31278
    type "Small Circle"
  ]
  node [
    id 62
    label "NB Mo i Rana"
    Country "Norway"
    Longitude 14.14278
    Internal 1
    Latitude 66.31278
    type "Large Circle"
  ]
  node [
    id 63
    label "HiNe Nesna"
    Country "Norway"
    Longitude 13.02133
    Internal 1
    Latitude 66.19672
    type "Small Circle"
  ]
  node [
    id 64
    label "HiNe Sandnesjoen"
    Country "Norway"
    Longitude 12.63158
    Internal 1
    Latitude 66.02166
    type "Small Circle"
  ]
  node [
    id 65
    label "HiNT Steinkjer"
    Country "Norway"
    Longitude 11.49537
    Internal 1
    Latitude 64.01487
    type "Small Circle"
  ]
  node [
    id 66
    label "HiNe Mo i Rana"
    Country "Norway"
    Longitude 14.14278
    Internal 1
    Latitude 66.31278
    type "Small Circle"
  ]
  node [
    id 67
    label "HiNT Namsos"
    Country "Norway"
    Longitude 11.49572
    Internal 1
    Latitude 64.46624
    type "Small Circle"
  ]
  node [
    id 68
    label "HiNT Levanger"
    Country "Norway"
    Longitude 10.96667
    Internal 1
    Latitude 63.6
    type "Small Circle"
  ]
  node [
    id 69
    label "Hing Stjordal"
    Country "Norway"
    Longitude 10.95
    Internal 1
    Latitude 63.41667
    type "Small Circle"
  ]
  node [
    id 70
    label "Eiscat"
    Country "Svalbard and Jan Mayen"
    Longitude -8.7187
    Internal 1
    Latitude 70.9221
    type "Small Circle"
  ]
  node [
    id 71
    label "Longyearbyen Skole"
    Country "Svalbard and Jan Mayen"
    Longitude -8.7187
    Internal 1
    Latitude 70.9221
    type "Small Circle"
  ]
  node [
    id 72
    label "NPolar Svalbard"
    Country "Svalbard and Jan Mayen"
    Longitude -8.7187
    Internal 1
    Latitude 70.9221
    type "Small Circle"
  ]
  node [
    id 73
    label "NyAlesund"
    Country "Svalbard and Jan Mayen"
    Longitude -8.7187
    Internal 1
    Latitude 70.9221
    type "Small Circle"
  ]
  edge [
    source 0
    target 64
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkLabel "1 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 0
    target 1
    LinkSpeed "10"
    LinkSpeedUnits "G"
    LinkLabel "10 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 0
    target 2
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkLabel "1 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 0
    target 43
    LinkSpeed "2.5"
    LinkSpeedUnits "G"
    LinkLabel "2.5 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 0
    target 65
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkLabel "1 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 0
    target 39
    LinkSpeed "10"
    LinkSpeedUnits "G"
    LinkLabel "10 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 0
    target 11
    LinkSpeed "10"
    LinkSpeedUnits "G"
    LinkLabel "10 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 0
    target 49
    LinkSpeed "10"
    LinkSpeedUnits "G"
    LinkLabel "10 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 1
    target 2
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkLabel "1 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 1
    target 69
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkLabel "1 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 1
    target 13
    LinkSpeed "10"
    LinkSpeedUnits "G"
    LinkLabel "10 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 1
    target 56
    LinkSpeed "10"
    LinkSpeedUnits "G"
    LinkLabel "10 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 1
    target 62
    LinkSpeed "2.5"
    LinkSpeedUnits "G"
    LinkLabel "2.5 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 2
    target 3
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkLabel "1 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 3
    target 4
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkLabel "1 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 4
    target 5
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkLabel "1 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 5
    target 6
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkLabel "1 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 6
    target 8
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkLabel "1 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 6
    target 7
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkLabel "1 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 7
    target 12
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkLabel "1 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 8
    target 9
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkLabel "1 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 9
    target 10
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkLabel "1 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 10
    target 11
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkLabel "1 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 11
    target 34
    LinkSpeed "2.5"
    LinkSpeedUnits "G"
    LinkLabel "2.5 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 11
    target 40
    LinkSpeed "2.5"
    LinkSpeedUnits "G"
    LinkLabel "2.5 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 11
    target 12
    LinkSpeed "10"
    LinkSpeedUnits "G"
    LinkLabel "10 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 11
    target 13
    LinkSpeed "10"
    LinkSpeedUnits "G"
    LinkLabel "10 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 11
    target 18
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkLabel "1 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 12
    target 40
    LinkSpeed "10"
    LinkSpeedUnits "G"
    LinkLabel "10 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 12
    target 13
    LinkSpeed "10"
    LinkSpeedUnits "G"
    LinkLabel "10 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 12
    target 25
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkLabel "1 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 12
    target 29
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkLabel "1 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 13
    target 27
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkLabel "1 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 13
    target 14
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkLabel "1 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 14
    target 15
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkLabel "1 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 15
    target 16
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkLabel "1 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 15
    target 17
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkLabel "1 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 17
    target 18
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkLabel "1 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 17
    target 28
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkLabel "1 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 18
    target 19
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkLabel "1 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 19
    target 27
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkLabel "1 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 19
    target 20
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkLabel "1 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 19
    target 21
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkLabel "1 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 22
    target 26
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkLabel "1 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 24
    target 25
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkLabel "1 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 24
    target 26
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkLabel "1 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 26
    target 27
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkLabel "1 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 28
    target 29
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkLabel "1 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 29
    target 32
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkLabel "1 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 29
    target 34
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkLabel "1 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 29
    target 30
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkLabel "1 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 30
    target 31
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkLabel "1 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 31
    target 33
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkLabel "1 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 33
    target 34
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkLabel "1 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 34
    target 35
    LinkSpeed "2.5"
    LinkSpeedUnits "G"
    LinkLabel "2.5 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 35
    target 40
    LinkSpeed "2.5"
    LinkSpeedUnits "G"
    LinkLabel "2.5 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 35
    target 36
    LinkSpeed "2.5"
    LinkSpeedUnits "G"
    LinkLabel "2.5 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 35
    target 37
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkLabel "1 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 37
    target 38
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkLabel "1 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 38
    target 39
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkLabel "1 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 39
    target 40
    LinkSpeed "10"
    LinkSpeedUnits "G"
    LinkLabel "10 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 39
    target 43
    LinkSpeed "2.5"
    LinkSpeedUnits "G"
    LinkLabel "2.5 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 39
    target 41
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkLabel "1 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 41
    target 42
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkLabel "1 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 41
    target 46
    LinkLabel "100-155 Mbit/s"
  ]
  edge [
    source 42
    target 44
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkLabel "1 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 43
    target 44
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkLabel "1 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 48
    target 72
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkLabel "1 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 48
    target 73
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkLabel "1 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 48
    target 58
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkLabel "1 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 48
    target 70
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkLabel "1 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 48
    target 71
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkLabel "1 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 49
    target 56
    LinkSpeed "10"
    LinkSpeedUnits "G"
    LinkLabel "10 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 49
    target 50
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkLabel "1 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 49
    target 57
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkLabel "1 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 50
    target 51
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkLabel "1 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 50
    target 52
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkLabel "1 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 51
    target 56
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkLabel "1 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 51
    target 54
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkLabel "1 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 52
    target 53
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkLabel "1 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 53
    target 55
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkLabel "1 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 54
    target 55
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkLabel "1 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 56
    target 58
    LinkSpeed "10"
    LinkSpeedUnits "G"
    LinkLabel "10 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 10000000000.0
  ]
  edge [
    source 57
    target 58
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkLabel "1 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 57
    target 60
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkLabel "1 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 58
    target 59
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkLabel "1 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 58
    target 60
    LinkSpeed "2.5"
    LinkSpeedUnits "G"
    LinkLabel "2.5 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 60
    target 62
    LinkSpeed "2.5"
    LinkSpeedUnits "G"
    LinkLabel "2.5 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 2500000000.0
  ]
  edge [
    source 60
    target 63
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkLabel "1 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 61
    target 62
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkLabel "1 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 62
    target 66
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkLabel "1 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 62
    target 67
    LinkLabel "100-155 Mbit/s"
  ]
  edge [
    source 62
    target 63
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkLabel "1 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 63
    target 64
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkLabel "1 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 65
    target 67
    LinkLabel "100-155 Mbit/s"
  ]
  edge [
    source 65
    target 68
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkLabel "1 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 1000000000.0
  ]
  edge [
    source 68
    target 69
    LinkSpeed "1"
    LinkSpeedUnits "G"
    LinkLabel "1 Gbit/s"
    LinkNote " it/s"
    LinkSpeedRaw 1000000000.0
  ]
]
