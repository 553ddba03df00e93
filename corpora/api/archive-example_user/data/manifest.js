window.__THAR_CONFIG = {
  "userInfo" : {
    "accountId" : "1000000000000000001",
    "userName" : "example_user",
    "displayName" : "Example User"
  },
  "archiveInfo" : {
    "sizeBytes" : "9120",
    "generationDate" : "2023-09-15T08:00:00.000Z",
    "isPartialArchive" : false,
    "maxPartSizeBytes" : "53687091200"
  },
  "readmeInfo" : {
    "fileName" : "data/README.txt",
    "directory" : "data/",
    "name" : "README.txt"
  },
  "dataTypes" : {
    "tweets" : {
      "mediaDirectory" : "data/tweets_media",
      "files" : [
        {
          "fileName" : "data/tweets.js",
          "globalName" : "YTD.tweets.part0",
          "count" : "5"
        }
      ]
    }
  }
}