// The post feed of the test copy of the MISIs site, as Wix's blog widget behaves: the posts are
// rendered after the page has loaded, the page buttons re-render the feed in place (the address
// does not change and ?page=N means nothing), and the feed is empty for a moment in between.
// options.stalls: clicks ignored before one works, as a stalled Wix navigation;
// options.neverRenders: the feed never appears.
window.MisisFeed = {
  render: function (options) {
    var feed = document.getElementById('feed');
    var pager = document.getElementById('pager');
    var pages = Math.ceil(options.posts.length / options.pageSize);
    var stalls = options.stalls || 0;

    function card(post) {
      var item = document.createElement('article');
      item.setAttribute('data-hook', 'post-list-item');
      item.className = 'blog-post-card';
      item.innerHTML =
        '<a class="gallery-item-container" href="' + post.url + '" aria-label="' + post.title + '">' +
        '<wow-image><img alt="" src="' + post.image + '"/></wow-image></a>' +
        '<div class="post-content"><h2 data-hook="post-title" class="post-title">' +
        '<a href="' + post.url + '">' + post.title + '</a></h2>' +
        '<p data-hook="post-description">' + post.excerpt + '</p></div>';
      return item;
    }

    function button(label, target, current) {
      var control = document.createElement('button');
      control.textContent = label;
      control.setAttribute('aria-label', 'Page ' + target);
      control.setAttribute('data-hook', target === current ? 'pagination__current' : 'pagination__page');
      if (target === current) {
        control.setAttribute('aria-current', 'page');
      }
      control.addEventListener('click', function () {
        if (stalls > 0) {
          stalls--;
          return;
        }
        feed.innerHTML = '';
        setTimeout(function () { show(target); }, 150);
      });
      return control;
    }

    function show(page) {
      feed.innerHTML = '';
      options.posts
        .slice((page - 1) * options.pageSize, page * options.pageSize)
        .forEach(function (post) { feed.appendChild(card(post)); });
      pager.innerHTML = '';
      for (var n = 1; n <= pages; n++) {
        pager.appendChild(button(String(n), n, page));
      }
      if (page < pages) {
        var next = button('\u203a', page + 1, page);
        next.setAttribute('aria-label', 'Next page');
        next.setAttribute('data-hook', 'pagination__next');
        pager.appendChild(next);
      }
    }

    if (!options.neverRenders) {
      window.addEventListener('load', function () {
        setTimeout(function () { show(1); }, 100);
      });
    }
  }
};
