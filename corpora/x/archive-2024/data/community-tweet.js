window.YTD.community_tweet.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1848057844906065983"
          ],
          "editableUntil" : "2024-10-20T18:15:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "7",
      "id_str" : "1848057844906065983",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1848057844906065983",
      "created_at" : "Sun Oct 20 17:45:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Community question: how do you version internal docs? We tag them with the release.",
      "lang" : "en"
    }
  }
]