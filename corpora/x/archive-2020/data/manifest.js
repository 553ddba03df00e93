window.__THAR_CONFIG = {
  "userInfo" : {
    "accountId" : "1170000000000000009",
    "userName" : "oskar_makes",
    "displayName" : "Oskar Lind"
  },
  "archiveInfo" : {
    "sizeBytes" : "48213",
    "generationDate" : "2020-06-05T08:00:00.000Z",
    "isPartialArchive" : false,
    "maxPartSizeBytes" : "53687091200"
  },
  "readmeInfo" : {
    "fileName" : "data/README.txt",
    "directory" : "data/",
    "name" : "README.txt"
  },
  "dataTypes" : {
    "account" : {
      "files" : [
        {
          "fileName" : "data/account.js",
          "globalName" : "YTD.account.part0",
          "count" : "1"
        }
      ]
    },
    "tweet" : {
      "mediaDirectory" : "data/tweet_media",
      "files" : [
        {
          "fileName" : "data/tweet.js",
          "globalName" : "YTD.tweet.part0",
          "count" : "5"
        },
        {
          "fileName" : "data/tweet-part1.js",
          "globalName" : "YTD.tweet.part1",
          "count" : "2"
        }
      ]
    }
  }
}