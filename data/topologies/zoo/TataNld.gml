graph [
  DateObtained "27/10/10"
  GeoLocation "India"
  GeoExtent "Country"
  Network "TATA"
  Provenance "Primary"
  Access 1
  Source "http://www.tatacommunications.com/about/network.asp"
  Version "1.0"
  DateType "Dynamic"
  Type "COM"
  Backbone 1
  Commercial 0
  label "TataNld"
  ToolsetVersion "0.3.34dev-20120328"
  Customer 1
  IX 0
  SourceGitVersion "e278b1b"
  DateModifier "="
  DateMonth "08"
  LastAccess "3/08/10"
  Layer "Telephone"
  Creator "Topology Zoo Toolset"
  Developed 0
  Transit 1
  NetworkDate "2010_08"
  DateYear "2010"
  LastProcessed "2011_09_01"
  Testbed 0
  node [
    id 0
    label "Varanasi"
    Country "India"
    Longitude 83.0
    Internal 1
    Latitude 25.33333
  ]
  node [
    id 1
    label "Udaipur"
    Country "India"
    Longitude 73.69183
    Internal 1
    Latitude 24.57117
  ]
  node [
    id 2
    label "Hadiagarh"
    Country "India"
    Longitude 81.36667
    Internal 1
    Latitude 26.61667
  ]
  node [
    id 3
    label "Sitapur"
    Country "India"
    Longitude 80.68333
    Internal 1
    Latitude 27.56667
  ]
  node [
    id 4
    label "Dehradun"
    Country "India"
    Longitude 78.03168
    Internal 1
    Latitude 30.32295
  ]
  node [
    id 5
    label "Lucknow"
    Country "India"
    Longitude 80.91667
    Internal 1
    Latitude 26.85
  ]
  node [
    id 6
    label "Kanpur"
    Country "India"
    Longitude 80.35
    Internal 1
    Latitude 26.46667
  ]
  node [
    id 7
    label "Fatehpur"
    Country "India"
    Longitude 80.8
    Internal 1
    Latitude 25.93333
  ]
  node [
    id 8
    label "Jaunpur"
    Country "India"
    Longitude 82.68333
    Internal 1
    Latitude 25.73333
  ]
  node [
    id 9
    label "Allahabad"
    Country "India"
    Longitude 81.85
    Internal 1
    Latitude 25.45
  ]
  node [
    id 10
    label "Patna"
    Country "India"
    Longitude 85.11667
    Internal 1
    Latitude 25.6
  ]
  node [
    id 11
    label "Bokaro"
    Country "India"
    Longitude 85.96667
    Internal 1
    Latitude 23.78333
  ]
  node [
    id 12
    label "Hazaribagh"
    Country "India"
    Longitude 85.35
    Internal 1
    Latitude 23.98333
  ]
  node [
    id 13
    label "Gaya"
    Country "India"
    Longitude 84.98333
    Internal 1
    Latitude 24.7
  ]
  node [
    id 14
    label "Kolkata"
    Country "India"
    Longitude 88.36972
    Internal 1
    Latitude 22.56972
  ]
  node [
    id 15
    label "Satna"
    Country "India"
    Longitude 80.83333
    Internal 1
    Latitude 24.58333
  ]
  node [
    id 16
    label "Dhanbad"
    Country "India"
    Longitude 86.45
    Internal 1
    Latitude 23.8
  ]
  node [
    id 17
    label "Asansol"
    Country "India"
    Longitude 86.98333
    Internal 1
    Latitude 23.68333
  ]
  node [
    id 18
    label "Rewa"
    Country "India"
    Longitude 81.3
    Internal 1
    Latitude 24.53333
  ]
  node [
    id 19
    label "Jhansi"
    Country "India"
    Longitude 78.58333
    Internal 1
    Latitude 25.43333
  ]
  node [
    id 20
    label "Torangallu"
    Country "India"
    Longitude 76.68333
    Internal 1
    Latitude 15.2
  ]
  node [
    id 21
    label "Bellary"
    Country "India"
    Longitude 76.93333
    Internal 1
    Latitude 15.15
  ]
  node [
    id 22
    label "Goa"
    Country "India"
    Longitude 73.83333
    Internal 1
    Latitude 15.48333
  ]
  node [
    id 23
    label "Hubli"
    Country "India"
    Longitude 75.16667
    Internal 1
    Latitude 15.35
  ]
  node [
    id 24
    label "Solapur"
    Country "India"
    Longitude 75.91667
    Internal 1
    Latitude 17.68333
  ]
  node [
    id 25
    label "Belgaum"
    Country "India"
    Longitude 74.5
    Internal 1
    Latitude 15.86667
  ]
  node [
    id 26
    label "Raichur"
    Country "India"
    Longitude 77.36667
    Internal 1
    Latitude 16.2
  ]
  node [
    id 27
    label "Gulbarga"
    Country "India"
    Longitude 76.83333
    Internal 1
    Latitude 17.33333
  ]
  node [
    id 28
    label "Chitradurg"
    Country "India"
    Longitude 76.4
    Internal 1
    Latitude 14.23333
  ]
  node [
    id 29
    label "Panjim"
    Country "India"
    Longitude 73.83333
    Internal 1
    Latitude 15.48333
  ]
  node [
    id 30
    label "Ranchi"
    Country "India"
    Longitude 85.33333
    Internal 1
    Latitude 23.35
  ]
  node [
    id 31
    label "Jamshedpur"
    Country "India"
    Longitude 86.18333
    Internal 1
    Latitude 22.8
  ]
  node [
    id 32
    label "Coimbatore"
    Country "India"
    Longitude 76.96667
    Internal 1
    Latitude 11.0
  ]
  node [
    id 33
    label "Thirussur"
    Country "India"
    Longitude 76.21667
    Internal 1
    Latitude 10.51667
  ]
  node [
    id 34
    label "Rourkela"
    Country "India"
    Longitude 84.88333
    Internal 1
    Latitude 22.2
  ]
  node [
    id 35
    label "Kharagpur"
    Country "India"
    Longitude 87.33333
    Internal 1
    Latitude 22.33333
  ]
  node [
    id 36
    label "Cannonore"
    Country "India"
    Longitude 75.35763
    Internal 1
    Latitude 11.86752
  ]
  node [
    id 37
    label "Mangalore"
    Country "India"
    Longitude 74.88333
    Internal 1
    Latitude 12.86667
  ]
  node [
    id 38
    label "Palghat"
    Country "India"
    Longitude 76.65
    Internal 1
    Latitude 10.78333
  ]
  node [
    id 39
    label "Kozhikode"
    Country "India"
    Longitude 75.76667
    Internal 1
    Latitude 11.25
  ]
  node [
    id 40
    label "Rohtak"
    Country "India"
    Longitude 76.56667
    Internal 1
    Latitude 28.9
  ]
  node [
    id 41
    label "Gurgaon"
    Country "India"
    Longitude 77.03333
    Internal 1
    Latitude 28.46667
  ]
  node [
    id 42
    label "Bhatinda"
    Country "India"
    Longitude 74.95
    Internal 1
    Latitude 30.2
  ]
  node [
    id 43
    label "Kot kapura"
    Country "India"
    Longitude 74.9
    Internal 1
    Latitude 30.58333
  ]
  node [
    id 44
    label "Noida"
    Country "India"
    Longitude 77.33
    Internal 1
    Latitude 28.58
  ]
  node [
    id 45
    label "Meerut"
    Country "India"
    Longitude 77.7
    Internal 1
    Latitude 28.98333
  ]
  node [
    id 46
    label "Delhi"
    Country "India"
    Longitude 77.22445
    Internal 1
    Latitude 28.63576
  ]
  node [
    id 47
    label "Sonipat"
    Country "India"
    Longitude 77.01667
    Internal 1
    Latitude 28.98333
  ]
  node [
    id 48
    label "Moradabad"
    Country "India"
    Longitude 78.78333
    Internal 1
    Latitude 28.83333
  ]
  node [
    id 49
    label "Bareilly"
    Country "India"
    Longitude 79.41667
    Internal 1
    Latitude 28.35
  ]
  node [
    id 50
    label "Chennai"
    Country "India"
    Longitude 80.27847
    Internal 1
    Latitude 13.08784
  ]
  node [
    id 51
    label "Kanchipuram"
    Country "India"
    Longitude 79.71667
    Internal 1
    Latitude 12.83333
  ]
  node [
    id 52
    label "Bangalore"
    Country "India"
    Longitude 77.60329
    Internal 1
    Latitude 12.97623
  ]
  node [
    id 53
    label "Kolar"
    Country "India"
    Longitude 78.13333
    Internal 1
    Latitude 13.13333
  ]
  node [
    id 54
    label "Hassan"
    Country "India"
    Longitude 76.09944
    Internal 1
    Latitude 13.00056
  ]
  node [
    id 55
    label "Mysore"
    Country "India"
    Longitude 76.64972
    Internal 1
    Latitude 12.30722
  ]
  node [
    id 56
    label "Ongole"
    Country "India"
    Longitude 80.05
    Internal 1
    Latitude 15.5
  ]
  node [
    id 57
    label "Vijayavada"
    Country "India"
    Longitude 80.61667
    Internal 1
    Latitude 16.51667
  ]
  node [
    id 58
    label "Tirupati"
    Country "India"
    Longitude 79.41667
    Internal 1
    Latitude 13.65
  ]
  node [
    id 59
    label "Nellore"
    Country "India"
    Longitude 79.96667
    Internal 1
    Latitude 14.43333
  ]
  node [
    id 60
    label "Raipur"
    Country "India"
    Longitude 81.63333
    Internal 1
    Latitude 21.23333
  ]
  node [
    id 61
    label "Bhandara"
    Country "India"
    Longitude 79.65
    Internal 1
    Latitude 21.16667
  ]
  node [
    id 62
    label "Nagpur"
    Country "India"
    Longitude 79.1
    Internal 1
    Latitude 21.15
  ]
  node [
    id 63
    label "Wardha"
    Country "India"
    Longitude 78.61667
    Internal 1
    Latitude 20.75
  ]
  node [
    id 64
    label "Amravati"
    Country "India"
    Longitude 77.75
    Internal 1
    Latitude 20.93333
  ]
  node [
    id 65
    label "Buldhana"
    Country "India"
    Longitude 76.18333
    Internal 1
    Latitude 20.53333
  ]
  node [
    id 66
    label "Akola"
    Country "India"
    Longitude 77.0
    Internal 1
    Latitude 20.73333
  ]
  node [
    id 67
    label "Khandwa"
    Country "India"
    Longitude 76.33333
    Internal 1
    Latitude 21.83333
  ]
  node [
    id 68
    label "Bhubaneshwar"
    Country "India"
    Longitude 85.83333
    Internal 1
    Latitude 20.23333
  ]
  node [
    id 69
    label "Dhenkanal"
    Country "India"
    Longitude 85.6
    Internal 1
    Latitude 20.66667
  ]
  node [
    id 70
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 71
    label "Jabalpur"
    Country "India"
    Longitude 79.95006
    Internal 1
    Latitude 23.16697
  ]
  node [
    id 72
    label "Damoh"
    Country "India"
    Longitude 79.45
    Internal 1
    Latitude 23.83333
  ]
  node [
    id 73
    label "Sagar"
    Country "India"
    Longitude 78.71667
    Internal 1
    Latitude 23.83333
  ]
  node [
    id 74
    label "Callicut"
    Country "India"
    Longitude 75.76667
    Internal 1
    Latitude 11.25
  ]
  node [
    id 75
    label "Nanded"
    Country "India"
    Longitude 77.33333
    Internal 1
    Latitude 19.15
  ]
  node [
    id 76
    label "Ahmednagar"
    Country "India"
    Longitude 74.73333
    Internal 1
    Latitude 19.08333
  ]
  node [
    id 77
    label "Pune"
    Country "India"
    Longitude 73.85535
    Internal 1
    Latitude 18.51957
  ]
  node [
    id 78
    label "Satara"
    Country "India"
    Longitude 73.98333
    Internal 1
    Latitude 17.68333
  ]
  node [
    id 79
    label "Visakhapatnam"
    Country "India"
    Longitude 83.3
    Internal 1
    Latitude 17.7
  ]
  node [
    id 80
    label "Chandrapur"
    Country "India"
    Longitude 79.3
    Internal 1
    Latitude 19.95
  ]
  node [
    id 81
    label "Hyderabad"
    Country "India"
    Longitude 78.47444
    Internal 1
    Latitude 17.37528
  ]
  node [
    id 82
    label "Sangareddy"
    Country "India"
    Longitude 78.09167
    Internal 1
    Latitude 17.62944
  ]
  node [
    id 83
    label "Chandigarh"
    Country "India"
    Longitude 76.7933
    Internal 1
    Latitude 30.7343
  ]
  node [
    id 84
    label "Kolhapur"
    Country "India"
    Longitude 74.21667
    Internal 1
    Latitude 16.7
  ]
  node [
    id 85
    label "Sangli"
    Country "India"
    Longitude 74.56417
    Internal 1
    Latitude 16.85438
  ]
  node [
    id 86
    label "Ambala"
    Country "India"
    Longitude 76.78083
    Internal 1
    Latitude 30.37833
  ]
  node [
    id 87
    label "Dhar"
    Country "India"
    Longitude 75.3
    Internal 1
    Latitude 22.6
  ]
  node [
    id 88
    label "Ujjain"
    Country "India"
    Longitude 75.76667
    Internal 1
    Latitude 23.18333
  ]
  node [
    id 89
    label "Gandhinagar"
    Country "India"
    Longitude 72.68333
    Internal 1
    Latitude 23.21667
  ]
  node [
    id 90
    label "Himmatnagar"
    Country "India"
    Longitude 72.95
    Internal 1
    Latitude 23.6
  ]
  node [
    id 91
    label "Ahmedabad"
    Country "India"
    Longitude 72.61667
    Internal 1
    Latitude 23.03333
  ]
  node [
    id 92
    label "Anand"
    Country "India"
    Longitude 72.93333
    Internal 1
    Latitude 22.56667
  ]
  node [
    id 93
    label "Bhopal"
    Country "India"
    Longitude 77.4
    Internal 1
    Latitude 23.26667
  ]
  node [
    id 94
    label "Ratlam"
    Country "India"
    Longitude 75.06667
    Internal 1
    Latitude 23.31667
  ]
  node [
    id 95
    label "Indore"
    Country "India"
    Longitude 75.8333
    Internal 1
    Latitude 22.71792
  ]
  node [
    id 96
    label "Vidisha"
    Country "India"
    Longitude 77.81667
    Internal 1
    Latitude 23.53333
  ]
  node [
    id 97
    label "Aurangabad"
    Country "India"
    Longitude 75.33333
    Internal 1
    Latitude 19.88333
  ]
  node [
    id 98
    label "Jalgaon"
    Country "India"
    Longitude 75.56667
    Internal 1
    Latitude 21.01667
  ]
  node [
    id 99
    label "Nasik"
    Country "India"
    Longitude 73.8
    Internal 1
    Latitude 19.98333
  ]
  node [
    id 100
    label "Dhulia"
    Country "India"
    Longitude 74.78333
    Internal 1
    Latitude 20.9
  ]
  node [
    id 101
    label "Valsad"
    Country "India"
    Longitude 72.93333
    Internal 1
    Latitude 20.63333
  ]
  node [
    id 102
    label "Mumbai"
    Country "India"
    Longitude 72.84794
    Internal 1
    Latitude 19.01441
  ]
  node [
    id 103
    label "Bharuch"
    Country "India"
    Longitude 72.96667
    Internal 1
    Latitude 21.7
  ]
  node [
    id 104
    label "Surat"
    Country "India"
    Longitude 72.83333
    Internal 1
    Latitude 21.16667
  ]
  node [
    id 105
    label "Godhra"
    Country "India"
    Longitude 73.63333
    Internal 1
    Latitude 22.75
  ]
  node [
    id 106
    label "Baroda"
    Country "India"
    Longitude 73.2
    Internal 1
    Latitude 22.3
  ]
  node [
    id 107
    label "Karnal"
    Country "India"
    Longitude 76.98333
    Internal 1
    Latitude 29.68333
  ]
  node [
    id 108
    label "Talwandi Bahi"
    Country "India"
    Longitude 74.93333
    Internal 1
    Latitude 30.85
  ]
  node [
    id 109
    label "Kollam"
    Country "India"
    Longitude 76.6
    Internal 1
    Latitude 8.88333
  ]
  node [
    id 110
    label "Ernakulam"
    Country "India"
    Longitude 76.28333
    Internal 1
    Latitude 9.98333
  ]
  node [
    id 111
    label "Thiruvalla"
    Country "India"
    Longitude 76.56667
    Internal 1
    Latitude 9.38333
  ]
  node [
    id 112
    label "Kottayem"
    Country "India"
    Longitude 76.51667
    Internal 1
    Latitude 9.58333
  ]
  node [
    id 113
    label "Tirunelveli"
    Country "India"
    Longitude 77.7
    Internal 1
    Latitude 8.73333
  ]
  node [
    id 114
    label "Tiruchendur"
    Country "India"
    Longitude 78.11667
    Internal 1
    Latitude 8.48333
  ]
  node [
    id 115
    label "Kanyakumari"
    Country "India"
    Longitude 77.56667
    Internal 1
    Latitude 8.08333
  ]
  node [
    id 116
    label "Trivandrum"
    Country "India"
    Longitude 76.91667
    Internal 1
    Latitude 8.48333
  ]
  node [
    id 117
    label "Allepey"
    Country "India"
    Longitude 76.31667
    Internal 1
    Latitude 9.48333
  ]
  node [
    id 118
    label "None"
    hyperedge 1
    Internal 1
  ]
  node [
    id 119
    label "Gwalior"
    Country "India"
    Longitude 78.17917
    Internal 1
    Latitude 26.22361
  ]
  node [
    id 120
    label "Rajgarh"
    Country "India"
    geocode_id "1258875"
    Internal 1
    Longitude 76.71667
    Latitude 24.0
  ]
  node [
    id 121
    label "Ajmer"
    Country "India"
    Longitude 74.63333
    Internal 1
    Latitude 26.45
  ]
  node [
    id 122
    label "Agra"
    Country "India"
    Longitude 78.01667
    Internal 1
    Latitude 27.18333
  ]
  node [
    id 123
    label "Mathura"
    Country "India"
    Longitude 77.68333
    Internal 1
    Latitude 27.5
  ]
  node [
    id 124
    label "Ghaziabad"
    Country "India"
    Longitude 77.43333
    Internal 1
    Latitude 28.66667
  ]
  node [
    id 125
    label "Kota"
    Country "India"
    Longitude 75.83333
    Internal 1
    Latitude 25.18333
  ]
  node [
    id 126
    label "Bhilwara"
    Country "India"
    Longitude 74.63333
    Internal 1
    Latitude 25.35
  ]
  node [
    id 127
    label "Tonk"
    Country "India"
    Longitude 75.78333
    Internal 1
    Latitude 26.16667
  ]
  node [
    id 128
    label "Jaipur"
    Country "India"
    Longitude 75.81667
    Internal 1
    Latitude 26.91667
  ]
  node [
    id 129
    label "Sivakasi"
    Country "India"
    Longitude 77.81667
    Internal 1
    Latitude 9.45
  ]
  node [
    id 130
    label "Trichy"
    Country "India"
    Longitude 78.69875
    Internal 1
    Latitude 10.80289
  ]
  node [
    id 131
    label "Tirupur"
    Country "India"
    Longitude 77.35
    Internal 1
    Latitude 11.1
  ]
  node [
    id 132
    label "Erode"
    Country "India"
    Longitude 77.73333
    Internal 1
    Latitude 11.35
  ]
  node [
    id 133
    label "Salem"
    Country "India"
    Longitude 78.16667
    Internal 1
    Latitude 11.65
  ]
  node [
    id 134
    label "Palladam"
    Country "India"
    Longitude 77.3
    Internal 1
    Latitude 10.98333
  ]
  node [
    id 135
    label "Chidambaram"
    Country "India"
    Longitude 79.7
    Internal 1
    Latitude 11.4
  ]
  node [
    id 136
    label "Pondicherry"
    Country "India"
    Longitude 79.83
    Internal 1
    Latitude 11.93
  ]
  node [
    id 137
    label "Pathankot"
    Country "India"
    Longitude 75.65
    Internal 1
    Latitude 32.28333
  ]
  node [
    id 138
    label "Hoshiarpur"
    Country "India"
    Longitude 75.91722
    Internal 1
    Latitude 31.53222
  ]
  node [
    id 139
    label "Amritsar"
    Country "India"
    Longitude 74.86556
    Internal 1
    Latitude 31.63306
  ]
  node [
    id 140
    label "Jalandhar"
    Country "India"
    Longitude 75.57917
    Internal 1
    Latitude 31.32556
  ]
  node [
    id 141
    label "Ludhiana"
    Country "India"
    Longitude 75.85
    Internal 1
    Latitude 30.9
  ]
  node [
    id 142
    label "Patiala"
    Country "India"
    Longitude 76.40028
    Internal 1
    Latitude 30.32667
  ]
  node [
    id 143
    label "Ramanathapuram"
    Country "India"
    Longitude 78.83333
    Internal 1
    Latitude 9.38333
  ]
  node [
    id 144
    label "Madural"
    Country "India"
    Longitude 78.11667
    Internal 1
    Latitude 9.93333
  ]
  edge [
    source 0
    target 8
    id "e51"
  ]
  edge [
    source 0
    target 10
    id "e54"
  ]
  edge [
    source 1
    target 91
    id "e55"
  ]
  edge [
    source 1
    target 126
    id "e37"
  ]
  edge [
    source 1
    target 126
    id "e36"
  ]
  edge [
    source 2
    target 3
    id "e45"
  ]
  edge [
    source 2
    target 5
    id "e44"
  ]
  edge [
    source 3
    target 49
    id "e27"
  ]
  edge [
    source 4
    target 5
    id "e46"
  ]
  edge [
    source 5
    target 8
    id "e48"
  ]
  edge [
    source 5
    target 6
    id "e47"
  ]
  edge [
    source 6
    target 7
    id "e49"
  ]
  edge [
    source 7
    target 9
    id "e50"
  ]
  edge [
    source 9
    target 18
    id "e52"
  ]
  edge [
    source 9
    target 19
    id "e53"
  ]
  edge [
    source 10
    target 13
    id "e185"
  ]
  edge [
    source 11
    target 16
    id "e186"
  ]
  edge [
    source 11
    target 17
    id "e187"
  ]
  edge [
    source 11
    target 12
    id "e184"
  ]
  edge [
    source 11
    target 31
    id "e180"
  ]
  edge [
    source 12
    target 13
    id "e183"
  ]
  edge [
    source 12
    target 30
    id "e182"
  ]
  edge [
    source 14
    target 35
    id "e178"
  ]
  edge [
    source 14
    target 30
    id "e181"
  ]
  edge [
    source 15
    target 18
    id "e189"
  ]
  edge [
    source 15
    target 19
    id "e190"
  ]
  edge [
    source 15
    target 71
    id "e191"
  ]
  edge [
    source 16
    target 17
    id "e188"
  ]
  edge [
    source 19
    target 119
    id "e43"
  ]
  edge [
    source 20
    target 26
    id "e119"
  ]
  edge [
    source 20
    target 52
    id "e121"
  ]
  edge [
    source 20
    target 21
    id "e120"
  ]
  edge [
    source 21
    target 25
    id "e116"
  ]
  edge [
    source 22
    target 29
    id "e125"
  ]
  edge [
    source 22
    target 37
    id "e124"
  ]
  edge [
    source 22
    target 23
    id "e123"
  ]
  edge [
    source 23
    target 25
    id "e117"
  ]
  edge [
    source 23
    target 54
    id "e122"
  ]
  edge [
    source 24
    target 25
    id "e115"
  ]
  edge [
    source 24
    target 27
    id "e118"
  ]
  edge [
    source 24
    target 76
    id "e107"
  ]
  edge [
    source 25
    target 84
    id "e112"
  ]
  edge [
    source 25
    target 29
    id "e114"
  ]
  edge [
    source 26
    target 81
    id "e104"
  ]
  edge [
    source 27
    target 81
    id "e103"
  ]
  edge [
    source 28
    target 37
    id "e126"
  ]
  edge [
    source 31
    target 34
    id "e179"
  ]
  edge [
    source 32
    target 129
    id "e157"
  ]
  edge [
    source 32
    target 130
    id "e153"
  ]
  edge [
    source 32
    target 131
    id "e151"
  ]
  edge [
    source 32
    target 117
    id "e170"
  ]
  edge [
    source 33
    target 117
    id "e169"
  ]
  edge [
    source 33
    target 38
    id "e177"
  ]
  edge [
    source 34
    target 60
    id "e96"
  ]
  edge [
    source 35
    target 68
    id "e99"
  ]
  edge [
    source 36
    target 37
    id "e174"
  ]
  edge [
    source 36
    target 39
    id "e175"
  ]
  edge [
    source 37
    target 74
    id "e173"
  ]
  edge [
    source 37
    target 118
    id "e171"
  ]
  edge [
    source 38
    target 39
    id "e176"
  ]
  edge [
    source 40
    target 41
    id "e15"
  ]
  edge [
    source 40
    target 142
    id "e9"
  ]
  edge [
    source 40
    target 47
    id "e16"
  ]
  edge [
    source 41
    target 46
    id "e17"
  ]
  edge [
    source 42
    target 108
    id "e13"
  ]
  edge [
    source 43
    target 139
    id "e3"
  ]
  edge [
    source 43
    target 108
    id "e14"
  ]
  edge [
    source 44
    target 46
    id "e19"
  ]
  edge [
    source 45
    target 48
    id "e24"
  ]
  edge [
    source 45
    target 124
    id "e25"
  ]
  edge [
    source 46
    target 128
    id "e22"
  ]
  edge [
    source 46
    target 128
    id "e23"
  ]
  edge [
    source 46
    target 47
    id "e18"
  ]
  edge [
    source 46
    target 123
    id "e21"
  ]
  edge [
    source 46
    target 124
    id "e20"
  ]
  edge [
    source 47
    target 107
    id "e12"
  ]
  edge [
    source 48
    target 49
    id "e26"
  ]
  edge [
    source 50
    target 58
    id "e137"
  ]
  edge [
    source 51
    target 136
    id "e145"
  ]
  edge [
    source 51
    target 58
    id "e138"
  ]
  edge [
    source 52
    target 132
    id "e132"
  ]
  edge [
    source 52
    target 133
    id "e131"
  ]
  edge [
    source 52
    target 70
    id "e134"
  ]
  edge [
    source 52
    target 70
    id "e133"
  ]
  edge [
    source 52
    target 53
    id "e135"
  ]
  edge [
    source 52
    target 55
    id "e130"
  ]
  edge [
    source 53
    target 58
    id "e136"
  ]
  edge [
    source 54
    target 118
    id "e127"
  ]
  edge [
    source 54
    target 70
    id "e128"
  ]
  edge [
    source 55
    target 74
    id "e129"
  ]
  edge [
    source 56
    target 57
    id "e144"
  ]
  edge [
    source 56
    target 57
    id "e143"
  ]
  edge [
    source 56
    target 59
    id "e142"
  ]
  edge [
    source 56
    target 59
    id "e141"
  ]
  edge [
    source 56
    target 79
    id "e100"
  ]
  edge [
    source 57
    target 81
    id "e102"
  ]
  edge [
    source 58
    target 59
    id "e139"
  ]
  edge [
    source 58
    target 59
    id "e140"
  ]
  edge [
    source 60
    target 61
    id "e93"
  ]
  edge [
    source 60
    target 69
    id "e94"
  ]
  edge [
    source 60
    target 71
    id "e95"
  ]
  edge [
    source 61
    target 62
    id "e92"
  ]
  edge [
    source 62
    target 64
    id "e89"
  ]
  edge [
    source 62
    target 63
    id "e90"
  ]
  edge [
    source 63
    target 80
    id "e91"
  ]
  edge [
    source 64
    target 65
    id "e88"
  ]
  edge [
    source 65
    target 98
    id "e87"
  ]
  edge [
    source 66
    target 98
    id "e86"
  ]
  edge [
    source 67
    target 98
    id "e85"
  ]
  edge [
    source 67
    target 87
    id "e70"
  ]
  edge [
    source 68
    target 69
    id "e97"
  ]
  edge [
    source 69
    target 79
    id "e98"
  ]
  edge [
    source 70
    target 118
    id "e172"
  ]
  edge [
    source 71
    target 72
    id "e193"
  ]
  edge [
    source 71
    target 95
    id "e68"
  ]
  edge [
    source 72
    target 73
    id "e192"
  ]
  edge [
    source 73
    target 120
    id "e40"
  ]
  edge [
    source 73
    target 96
    id "e64"
  ]
  edge [
    source 75
    target 97
    id "e83"
  ]
  edge [
    source 75
    target 82
    id "e106"
  ]
  edge [
    source 76
    target 97
    id "e82"
  ]
  edge [
    source 76
    target 99
    id "e80"
  ]
  edge [
    source 76
    target 77
    id "e108"
  ]
  edge [
    source 77
    target 102
    id "e78"
  ]
  edge [
    source 77
    target 78
    id "e109"
  ]
  edge [
    source 78
    target 84
    id "e110"
  ]
  edge [
    source 78
    target 85
    id "e111"
  ]
  edge [
    source 80
    target 81
    id "e101"
  ]
  edge [
    source 81
    target 82
    id "e105"
  ]
  edge [
    source 83
    target 141
    id "e8"
  ]
  edge [
    source 83
    target 86
    id "e10"
  ]
  edge [
    source 84
    target 85
    id "e113"
  ]
  edge [
    source 86
    target 107
    id "e11"
  ]
  edge [
    source 87
    target 88
    id "e69"
  ]
  edge [
    source 87
    target 95
    id "e67"
  ]
  edge [
    source 88
    target 93
    id "e63"
  ]
  edge [
    source 88
    target 94
    id "e62"
  ]
  edge [
    source 88
    target 95
    id "e66"
  ]
  edge [
    source 89
    target 90
    id "e56"
  ]
  edge [
    source 89
    target 92
    id "e58"
  ]
  edge [
    source 90
    target 91
    id "e57"
  ]
  edge [
    source 91
    target 92
    id "e59"
  ]
  edge [
    source 91
    target 94
    id "e60"
  ]
  edge [
    source 91
    target 105
    id "e61"
  ]
  edge [
    source 93
    target 120
    id "e41"
  ]
  edge [
    source 94
    target 126
    id "e35"
  ]
  edge [
    source 95
    target 96
    id "e65"
  ]
  edge [
    source 95
    target 120
    id "e39"
  ]
  edge [
    source 97
    target 98
    id "e84"
  ]
  edge [
    source 98
    target 100
    id "e81"
  ]
  edge [
    source 98
    target 104
    id "e74"
  ]
  edge [
    source 99
    target 100
    id "e79"
  ]
  edge [
    source 99
    target 102
    id "e77"
  ]
  edge [
    source 101
    target 104
    id "e75"
  ]
  edge [
    source 101
    target 102
    id "e76"
  ]
  edge [
    source 103
    target 104
    id "e73"
  ]
  edge [
    source 103
    target 106
    id "e72"
  ]
  edge [
    source 105
    target 106
    id "e71"
  ]
  edge [
    source 108
    target 141
    id "e6"
  ]
  edge [
    source 109
    target 116
    id "e163"
  ]
  edge [
    source 109
    target 110
    id "e164"
  ]
  edge [
    source 110
    target 112
    id "e167"
  ]
  edge [
    source 110
    target 111
    id "e165"
  ]
  edge [
    source 110
    target 111
    id "e166"
  ]
  edge [
    source 112
    target 117
    id "e168"
  ]
  edge [
    source 113
    target 144
    id "e158"
  ]
  edge [
    source 113
    target 129
    id "e156"
  ]
  edge [
    source 113
    target 114
    id "e160"
  ]
  edge [
    source 113
    target 115
    id "e159"
  ]
  edge [
    source 114
    target 115
    id "e161"
  ]
  edge [
    source 115
    target 116
    id "e162"
  ]
  edge [
    source 119
    target 120
    id "e42"
  ]
  edge [
    source 119
    target 122
    id "e29"
  ]
  edge [
    source 120
    target 125
    id "e38"
  ]
  edge [
    source 121
    target 128
    id "e30"
  ]
  edge [
    source 122
    target 123
    id "e28"
  ]
  edge [
    source 125
    target 127
    id "e34"
  ]
  edge [
    source 126
    target 128
    id "e32"
  ]
  edge [
    source 126
    target 127
    id "e33"
  ]
  edge [
    source 127
    target 128
    id "e31"
  ]
  edge [
    source 129
    target 130
    id "e152"
  ]
  edge [
    source 129
    target 144
    id "e154"
  ]
  edge [
    source 129
    target 143
    id "e155"
  ]
  edge [
    source 130
    target 134
    id "e149"
  ]
  edge [
    source 131
    target 132
    id "e150"
  ]
  edge [
    source 133
    target 136
    id "e147"
  ]
  edge [
    source 134
    target 135
    id "e148"
  ]
  edge [
    source 135
    target 136
    id "e146"
  ]
  edge [
    source 137
    target 138
    id "e0"
  ]
  edge [
    source 137
    target 139
    id "e1"
  ]
  edge [
    source 138
    target 140
    id "e2"
  ]
  edge [
    source 140
    target 141
    id "e5"
  ]
  edge [
    source 140
    target 141
    id "e4"
  ]
  edge [
    source 141
    target 142
    id "e7"
  ]
]
