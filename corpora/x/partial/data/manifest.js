window.__THAR_CONFIG = {
  "userInfo" : {
    "accountId" : "1480000000000000001",
    "userName" : "lenafjord",
    "displayName" : "Lena Fjord"
  },
  "archiveInfo" : {
    "sizeBytes" : "48213",
    "generationDate" : "2024-01-10T12:00:00.000Z",
    "isPartialArchive" : true,
    "maxPartSizeBytes" : "53687091200"
  },
  "readmeInfo" : {
    "fileName" : "data/README.txt",
    "directory" : "data/",
    "name" : "README.txt"
  },
  "dataTypes" : {
    "tweets" : {
      "files" : [
        {
          "fileName" : "data/tweets.js",
          "globalName" : "YTD.tweets.part0",
          "count" : "1"
        },
        {
          "fileName" : "data/tweets-part1.js",
          "globalName" : "YTD.tweets.part1",
          "count" : "250"
        }
      ]
    }
  }
}