// SPDX-License-Identifier: MIT
// JavaScript side of physique_web.cpp: under -fno-exceptions the library's error handler
// calls this with the report before it aborts, so the page still gets the message.
mergeInto(LibraryManager.library, {
  physique_web_report_error: function (parameter, message) {
    Module['physiqueError'] = {
      parameter: UTF8ToString(parameter),
      message: UTF8ToString(message),
    };
  },
});
