window.YTD.note_tweet.part0 = [
  {
    "noteTweet" : {
      "noteTweetId" : "1857132620068945924",
      "updatedAt" : "2024-11-14T18:44:55.000Z",
      "lifecycle" : {
        "value" : "1",
        "name" : "Active",
        "originalName" : "Active",
        "annotations" : { }
      },
      "createdAt" : "2024-11-14T18:44:55.000Z",
      "core" : {
        "styletags" : [ ],
        "urls" : [
          {
            "shortUrl" : "https://t.co/LnNote0002",
            "expandedUrl" : "https://blog.example.com/first-release",
            "displayUrl" : "blog.example.com/first-release",
            "fromIndex" : "319",
            "toIndex" : "342"
          }
        ],
        "text" : "Five things we learned shipping our first release to 40 teams:\n\n1. Ship small & often. Weekly releases beat a big bang every time.\n2. Write the changelog first, then the code.\n3. Every error message is a next step.\n4. Measure time to first success, not sign-ups.\n5. Ask @priya_builds what would you add? Full write-up: https://t.co/LnNote0002",
        "mentions" : [
          {
            "screenName" : "priya_builds",
            "fromIndex" : "270",
            "toIndex" : "283"
          }
        ],
        "cashtags" : [ ],
        "hashtags" : [ ]
      }
    }
  },
  {
    "noteTweet" : {
      "noteTweetId" : "1856246095198289930",
      "updatedAt" : "2024-11-12T08:02:11.000Z",
      "lifecycle" : {
        "value" : "1",
        "name" : "Active",
        "originalName" : "Active",
        "annotations" : { }
      },
      "createdAt" : "2024-11-12T08:02:11.000Z",
      "core" : {
        "styletags" : [
          {
            "styleTypes" : [
              {
                "value" : "0",
                "name" : "Bold",
                "originalName" : "BOLD",
                "annotations" : { }
              }
            ],
            "fromIndex" : "0",
            "toIndex" : "11"
          }
        ],
        "urls" : [ ],
        "text" : "Release day. Changelog in the picture, questions below.",
        "mentions" : [ ],
        "cashtags" : [ ],
        "hashtags" : [ ]
      }
    }
  }
]