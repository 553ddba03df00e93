Grailbird.data.tweets_2013_02 = 
[
	{
		"created_at": "Sun Feb 10 11:00:00 +0000 2013",
		"id": 300000000000000000,
		"id_str": "300000000000000005",
		"text": "Sunday notes: less meetings, more drafts.",
		"truncated": false,
		"entities": {
			"hashtags": [],
			"symbols": [],
			"user_mentions": [],
			"urls": []
		},
		"source": "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
		"in_reply_to_status_id": null,
		"in_reply_to_status_id_str": null,
		"in_reply_to_user_id": null,
		"in_reply_to_user_id_str": null,
		"in_reply_to_screen_name": null,
		"user": {
			"name": "Inés Ramos",
			"screen_name": "ines_notes",
			"protected": false,
			"id_str": "917000001",
			"profile_image_url_https": "https://si0.twimg.com/profile_images/100/avatar_normal.png",
			"id": 917000001,
			"verified": false
		},
		"geo": null,
		"coordinates": null,
		"place": null,
		"contributors": null,
		"is_quote_status": false,
		"retweet_count": 1,
		"favorite_count": 4,
		"favorited": false,
		"retweeted": false,
		"lang": "es"
	},
	{
		"created_at": "Sat Feb 09 09:00:00 +0000 2013",
		"id": 303000000000000000,
		"id_str": "303000000000000017",
		"text": "Esto, exactamente. https://t.co/QtAbCd17",
		"truncated": false,
		"entities": {
			"hashtags": [],
			"symbols": [],
			"user_mentions": [],
			"urls": [
				{
					"url": "https://t.co/QtAbCd17",
					"expanded_url": "https://twitter.com/news_bot/status/302000000000000999",
					"display_url": "twitter.com/news_bot/stat…",
					"indices": [
						19,
						40
					]
				}
			]
		},
		"source": "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
		"in_reply_to_status_id": null,
		"in_reply_to_status_id_str": null,
		"in_reply_to_user_id": null,
		"in_reply_to_user_id_str": null,
		"in_reply_to_screen_name": null,
		"user": {
			"name": "Inés Ramos",
			"screen_name": "ines_notes",
			"protected": false,
			"id_str": "917000001",
			"profile_image_url_https": "https://si0.twimg.com/profile_images/100/avatar_normal.png",
			"id": 917000001,
			"verified": false
		},
		"geo": null,
		"coordinates": null,
		"place": null,
		"contributors": null,
		"is_quote_status": true,
		"retweet_count": 0,
		"favorite_count": 2,
		"favorited": false,
		"retweeted": false,
		"lang": "es",
		"quoted_status_id": 302000000000001024,
		"quoted_status_id_str": "302000000000000999"
	},
	{
		"created_at": "Fri Feb 08 08:00:00 +0000 2013",
		"id": 303000000000000000,
		"id_str": "303000000000000013",
		"text": "RT @news_bot: Market day moved to Friday",
		"truncated": false,
		"entities": {
			"hashtags": [],
			"symbols": [],
			"user_mentions": [],
			"urls": []
		},
		"source": "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
		"in_reply_to_status_id": null,
		"in_reply_to_status_id_str": null,
		"in_reply_to_user_id": null,
		"in_reply_to_user_id_str": null,
		"in_reply_to_screen_name": null,
		"user": {
			"name": "Inés Ramos",
			"screen_name": "ines_notes",
			"protected": false,
			"id_str": "917000001",
			"profile_image_url_https": "https://si0.twimg.com/profile_images/100/avatar_normal.png",
			"id": 917000001,
			"verified": false
		},
		"geo": null,
		"coordinates": null,
		"place": null,
		"contributors": null,
		"is_quote_status": false,
		"retweet_count": 12,
		"favorite_count": 0,
		"favorited": false,
		"retweeted": false,
		"lang": "es",
		"retweeted_status": {
			"id_str": "302000000000000123",
			"id": 302000000000000123,
			"user": {
				"name": "News Bot",
				"screen_name": "news_bot",
				"protected": false,
				"id_str": "20000009",
				"profile_image_url_https": "https://si0.twimg.com/profile_images/100/avatar_normal.png",
				"id": 20000009,
				"verified": false
			},
			"text": "Market day moved to Friday",
			"retweet_count": 12,
			"favorite_count": 30
		}
	}
]