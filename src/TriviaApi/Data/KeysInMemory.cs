using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace TriviaApi.Data;

/// <summary>Data Protection keys kept in this process's memory: for a server that may not write its keys folder.</summary>
public sealed class KeysInMemory : IXmlRepository
{
    private readonly List<XElement> _keys = [];
    private readonly Lock _lock = new();

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        lock (_lock)
        {
            return _keys.ConvertAll(key => new XElement(key));
        }
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        lock (_lock)
        {
            _keys.Add(new XElement(element));
        }
    }
}
