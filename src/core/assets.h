// A set of asset files (path -> bytes) the detectors read their lexicons and models from:
// either the embedded copy of assets/ or a directory on disk (for lexicon curation).
#pragma once
#include <map>
#include <string>
#include <vector>

#include "core/lexicon.h"

namespace biaslens {

struct AssetSet {
  std::map<std::string, std::string> files;  // "lexicons/hedges.json" -> bytes
  std::vector<Lexicon> lexicons;             // every lexicons/*.json, parsed

  const std::string* Find(const std::string& path) const {
    auto it = files.find(path);
    return it == files.end() ? nullptr : &it->second;
  }
  const Lexicon* FindLexicon(const std::string& name) const {
    for (const auto& l : lexicons) if (l.name == name) return &l;
    return nullptr;
  }
};

}  // namespace biaslens
