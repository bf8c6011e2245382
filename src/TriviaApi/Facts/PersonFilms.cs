using System.Linq.Expressions;
using TriviaApi.Domain;

namespace TriviaApi.Facts;

/// <summary>A person's films: one definition for the film list's <c>person</c> filter and a person's detail.</summary>
public static class PersonFilms
{
    /// <summary>The films crediting the person, and those whose facts name them.</summary>
    public static Expression<Func<Film, bool>> Involving(int personId) =>
        f => f.Credits.Any(c => c.PersonId == personId) || f.Facts.Any(t => t.People.Any(m => m.PersonId == personId));
}
