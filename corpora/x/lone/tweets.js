window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1620693936420946025"
          ],
          "editableUntil" : "2023-02-01T08:32:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "46"
      ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "1620693684762706022",
      "id_str" : "1620693936420946025",
      "in_reply_to_user_id" : "1600000000000000016",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1620693936420946025",
      "in_reply_to_status_id" : "1620693684762706022",
      "created_at" : "Wed Feb 01 08:02:00 +0000 2023",
      "favorited" : false,
      "full_text" : "2/ Discard goes into crackers, nothing wasted.",
      "lang" : "en",
      "in_reply_to_screen_name" : "tomas_bakes",
      "in_reply_to_user_id_str" : "1600000000000000016"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1620693684762706022"
          ],
          "editableUntil" : "2023-02-01T08:31:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "44"
      ],
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "1620693433104466019",
      "id_str" : "1620693684762706022",
      "in_reply_to_user_id" : "1600000000000000016",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1620693684762706022",
      "in_reply_to_status_id" : "1620693433104466019",
      "created_at" : "Wed Feb 01 08:01:00 +0000 2023",
      "favorited" : false,
      "full_text" : "1/ Feed at 1:5:5 with rye, keep it at 26 °C.",
      "lang" : "en",
      "in_reply_to_screen_name" : "tomas_bakes",
      "in_reply_to_user_id_str" : "1600000000000000016"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1620693433104466019"
          ],
          "editableUntil" : "2023-02-01T08:30:00.000Z",
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
        "80"
      ],
      "favorite_count" : "21",
      "id_str" : "1620693433104466019",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1620693433104466019",
      "created_at" : "Wed Feb 01 08:00:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Sourdough week 3: the starter finally doubles in six hours. Notes in the thread.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1620134751811666028"
          ],
          "editableUntil" : "2023-01-30T19:30:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Flour Lab",
            "screen_name" : "flour_lab",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1200000005",
            "id" : "1200000005"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1620000000000000009",
      "id_str" : "1620134751811666028",
      "in_reply_to_user_id" : "1200000005",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1620134751811666028",
      "in_reply_to_status_id" : "1620000000000000009",
      "created_at" : "Mon Jan 30 19:00:00 +0000 2023",
      "favorited" : false,
      "full_text" : "@flour_lab which rye do you use?",
      "lang" : "en",
      "in_reply_to_screen_name" : "flour_lab",
      "in_reply_to_user_id_str" : "1200000005"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1619636468496466031"
          ],
          "editableUntil" : "2023-01-29T10:30:00.000Z",
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
        "31"
      ],
      "favorite_count" : "0",
      "id_str" : "1619636468496466031",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1619636468496466031",
      "created_at" : "Sun Jan 29 10:00:00 +0000 2023",
      "favorited" : false,
      "full_text" : "RT if you love bread 🍞 RT RT RT",
      "lang" : "en"
    }
  }
]