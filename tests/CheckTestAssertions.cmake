# Fails when a test source under ROOT uses a QtTest assertion macro.
# QVERIFY, QCOMPARE and QTRY_* report a failure by returning from the test
# function: inside a GoogleTest test that return passes the test. Use gtest
# assertions, and ASSERT_TRUE(QTest::qWaitFor(...)) to wait.
#   cmake -DROOT=<folder> [-DFILES=<file;...>] -P CheckTestAssertions.cmake
# FILES, under ROOT, replaces the search for *.cpp and *.h (the check's own
# sample is a .txt, so that nothing else takes it for a test).
if(NOT ROOT)
  message(FATAL_ERROR "CheckTestAssertions.cmake needs -DROOT=<folder>")
endif()
if(FILES)
  set(sources ${FILES})
else()
  file(GLOB_RECURSE sources ${ROOT}/*.cpp ${ROOT}/*.h)
endif()
set(macros "QVERIFY2?|QCOMPARE|QTRY_[A-Z0-9_]+|QFAIL|QSKIP|QEXPECT_FAIL|QVERIFY_THROWS_[A-Z_]+|QVERIFY_EXCEPTION_THROWN")
set(found "")
foreach(source IN LISTS sources)
  file(RELATIVE_PATH where ${ROOT} ${source})
  if(where MATCHES "^data/") # fixtures, never compiled
    continue()
  endif()
  file(READ ${source} text)
  string(REGEX MATCHALL "(^|[^A-Za-z0-9_])(${macros})[ \t]*\\(" hits "${text}")
  foreach(hit IN LISTS hits)
    string(REGEX REPLACE "^[^A-Z]" "" hit "${hit}")
    string(APPEND found "\n  ${where}: ${hit}")
  endforeach()
endforeach()
if(found)
  message(FATAL_ERROR "QtTest assertion macros in GoogleTest tests pass when they fail; "
    "use EXPECT_*/ASSERT_* and ASSERT_TRUE(QTest::qWaitFor(...)):${found}")
endif()
