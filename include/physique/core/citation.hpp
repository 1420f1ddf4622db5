// SPDX-License-Identifier: MIT
// citation: where a formula or coefficient comes from (authors, year, title, venue, DOI).
#pragma once

namespace physique {

/// A bibliographic reference. Every equation object carries one so an app can show its
/// source next to a result. All strings are static; absent fields are empty strings.
struct citation {
  const char* authors = "";  ///< "Mifflin MD, St Jeor ST, Hill LA, Scott BJ, Daugherty SA, Koh YO"
  int year = 0;              ///< publication year
  const char* title = "";    ///< article or book title
  const char* venue = "";    ///< journal, volume(issue):pages, or publisher
  const char* doi = "";      ///< "10.1093/ajcn/51.2.241", without the resolver prefix
  const char* locator = "";  ///< where in the source: "Table 3", "eq. 2", "p. 245"
};

}  // namespace physique
