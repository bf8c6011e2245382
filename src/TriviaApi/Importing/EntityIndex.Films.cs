using Microsoft.EntityFrameworkCore;
using TriviaApi.Domain;
using TriviaApi.Extraction;
using TriviaApi.Text;

namespace TriviaApi.Importing;

/// <summary>Films: found by folded title (or original title) and year, created when new, their titles kept current.</summary>
internal sealed partial class EntityIndex
{
    /// <summary>The subject of a trivia file: the manifest's titles and year win over a mention's.</summary>
    public Film Subject(SubjectFilm subject)
    {
        var film = Find(subject.AsMention()) ?? DatedAYearApart(subject.AsMention(), forSubject: true);
        if (film is null)
        {
            film = Create(subject.AsMention(), Slug.From(subject.OriginalTitle ?? subject.Title));
            _subjects.Add(film);
            return film;
        }

        _subjects.Add(film);
        var changed = film.Title != subject.Title || film.Year != subject.Year
            || (subject.OriginalTitle is not null && film.OriginalTitle != subject.OriginalTitle);
        if (changed)
        {
            Track(film);
            film.Year = subject.Year;
            film.Title = subject.Title;
            film.TitleKey = Key(subject.Title);
            film.OriginalTitle = subject.OriginalTitle ?? film.OriginalTitle;
            film.OriginalTitleKey = film.OriginalTitle is null ? null : Key(film.OriginalTitle);
            Remember(film);
            MarkUpdated(film);
        }

        return film;
    }

    /// <summary>A mentioned film; an undated title resolves only when exactly one known film bears it.</summary>
    public Film? Film(FilmMention mention)
    {
        if (mention.Year is null)
        {
            var key = Key(mention.Title);
            // Films are listed under every key they ever had; a title changed by this import no longer counts.
            Film? only = null;
            foreach (var listed in _filmsByTitleKey.GetValueOrDefault(key) ?? [])
            {
                if (listed.TitleKey == key || listed.OriginalTitleKey == key)
                {
                    if (only is not null)
                    {
                        return null;
                    }

                    only = listed;
                }
            }

            return only;
        }

        var film = Find(mention) ?? DatedAYearApart(mention, forSubject: false);
        if (film is not null && film.OriginalTitle is null && mention.OriginalTitle is not null)
        {
            Track(film);
            film.OriginalTitle = mention.OriginalTitle;
            film.OriginalTitleKey = Key(mention.OriginalTitle);
            Remember(film);
            MarkUpdated(film);
        }

        return film ?? Create(mention, Slug.From(mention.Title, mention.Year.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    /// <summary>Facts about or mentioning a film whose titles this import changed: their search rows name it.</summary>
    public async Task<List<int>> FactsNamingUpdatedFilmsAsync(CancellationToken cancellationToken)
    {
        var ids = _updatedFilms.Select(f => f.Id).ToList();
        return ids.Count == 0 ? [] : await _db.Facts
            .Where(f => ids.Contains(f.FilmId) || f.Films.Any(m => ids.Contains(m.FilmId)))
            .Select(f => f.Id)
            .ToListAsync(cancellationToken);
    }

    private void MarkUpdated(Film film)
    {
        // A film created for the file in hand and given its titles there counts as added only.
        if (_updatedFilms.Add(film) && !_createdForFile.Contains(film))
        {
            _report.Films.Updated++;
        }
    }

    private Film? Find(FilmMention mention) =>
        _filmsByTitle.GetValueOrDefault((Key(mention.Title), mention.Year))
        ?? (mention.OriginalTitle is null ? null : _filmsByTitle.GetValueOrDefault((Key(mention.OriginalTitle), mention.Year)));

    /// <summary>
    /// The one film known by the mention's title and dated a year either side of it, when none bears its own year:
    /// sources date a film by its festival premiere or by its release, a year apart. A subject takes only a film no
    /// file is about (and its manifest's year then wins): two files about films of one title are two films.
    /// </summary>
    private Film? DatedAYearApart(FilmMention mention, bool forSubject)
    {
        Film? found = null;
        foreach (var title in (ReadOnlySpan<string?>)[mention.Title, mention.OriginalTitle])
        {
            if (title is null)
            {
                continue;
            }

            foreach (var year in (ReadOnlySpan<int?>)[mention.Year - 1, mention.Year + 1])
            {
                if (_filmsByTitle.TryGetValue((Key(title), year), out var film) && film.Year == year
                    && !(forSubject && _subjects.Contains(film)))
                {
                    if (found is not null && found != film)
                    {
                        return null;
                    }

                    found = film;
                }
            }
        }

        return found;
    }

    private Film Create(FilmMention mention, string slug)
    {
        var film = new Film
        {
            Title = mention.Title,
            TitleKey = Key(mention.Title),
            OriginalTitle = mention.OriginalTitle,
            OriginalTitleKey = mention.OriginalTitle is null ? null : Key(mention.OriginalTitle),
            Year = mention.Year!.Value,
            Slug = UniqueSlug(_filmSlugs, slug, mention.Year.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };
        _writer.Insert(film);
        _createdForFile.Add(film);
        _uncredited.Add(film);
        Remember(film);
        _report.Films.Added++;
        return film;
    }

    private void Remember(Film film)
    {
        _filmSlugs.Add(film.Slug);
        _filmsByTitle[(film.TitleKey, film.Year)] = film;
        ListUnder(film.TitleKey, film);
        if (film.OriginalTitleKey is not null)
        {
            _filmsByTitle[(film.OriginalTitleKey, film.Year)] = film;
            ListUnder(film.OriginalTitleKey, film);
        }
    }

    private void ListUnder(string titleKey, Film film)
    {
        if (!_filmsByTitleKey.TryGetValue(titleKey, out var films))
        {
            _filmsByTitleKey[titleKey] = films = [];
        }

        films.Add(film);
    }
}
