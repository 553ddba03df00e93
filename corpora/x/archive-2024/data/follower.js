window.YTD.follower.part0 = [
  {
    "follower" : {
      "accountId" : "2900000011",
      "userLink" : "https://twitter.com/intent/user?user_id=2900000011"
    }
  }
]