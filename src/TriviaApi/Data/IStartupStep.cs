namespace TriviaApi.Data;

/// <summary>
/// Work the database needs before the API serves, owned by the folder that knows how (seeding by Importing, the
/// index by Search) and added with <see cref="DatabaseSetup.AddStartupStep{TStep}"/>.
/// </summary>
public interface IStartupStep
{
    Task RunAsync(CancellationToken cancellationToken);
}
