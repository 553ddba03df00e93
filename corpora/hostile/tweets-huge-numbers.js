window.YTD.tweets.part0 = [
{"tweet":{"id_str":"100","full_text":"A normal post about gardening","created_at":"Wed Nov 02 21:30:39 +0000 2022","favorite_count":"4","retweet_count":"1","entities":{"hashtags":[],"user_mentions":[],"urls":[]},"display_text_range":["0","29"]}},
{"tweet":{"id_str":"101","full_text":"A year of twenty digits","created_at":"Wed Nov 02 21:30:39 +0000 18446744073709551616","favorite_count":"2","retweet_count":"0","entities":{"hashtags":[],"user_mentions":[],"urls":[]},"display_text_range":["0","23"]}},
{"tweet":{"id_str":"102","full_text":"Twenty-digit day and year","created_at":"Wed Nov 99999999999999999999 21:30:39 +0000 99999999999999999999","favorite_count":"1","retweet_count":"0","entities":{"hashtags":[],"user_mentions":[],"urls":[]},"display_text_range":["0","25"]}},
{"tweet":{"id_str":"103","full_text":"Counts past every integer","created_at":"Thu Nov 03 10:00:00 +0000 2022","favorite_count":"99999999999999999999999999","retweet_count":"1e308","entities":{"hashtags":[],"user_mentions":[],"urls":[]},"display_text_range":["0","25"]}}
]
